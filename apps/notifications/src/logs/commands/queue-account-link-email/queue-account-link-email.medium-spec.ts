import { randomUUID } from 'node:crypto';
import { AccountEmailTokenIssued } from '@platter/contracts';
import { EventDeliverer, FeatureTestingModule, ThrowawaySchema, createThrowawaySchema, deliverInEveryOrder, envelopesOf } from '@platter/testing';
import { notificationsMigrations } from '../../../migrations';
import { NotificationsConfig } from '../../../notifications.config';
import { notificationsEntities } from '../../../notifications.module';
import { notificationsServices } from '../../../testing/notifications-services';
import { AccountUnlockRequestedConsumer } from './account-unlock-requested.consumer';
import { PasswordResetRequestedConsumer } from './password-reset-requested.consumer';
import { QueueAccountLinkEmailService } from './queue-account-link-email.service';

// The emails identity's link events queue, against real PostgreSQL: one per token, however often delivered.
describe('account link emails (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let emails: QueueAccountLinkEmailService;
  let deliverer: EventDeliverer;
  const request = (): AccountEmailTokenIssued => ({
    user_id: randomUUID(),
    email: `awa-${randomUUID()}@test.local`,
    name: 'Awa',
    token: randomUUID().replace(/-/g, '').padEnd(43, 'x'),
    expires_at: '2026-01-10T08:30:00.000Z',
  });

  beforeAll(async () => {
    db = await createThrowawaySchema('notifications', { entities: notificationsEntities, migrations: notificationsMigrations });
    const config = Object.assign(new NotificationsConfig(), { APP_PUBLIC_URL: 'https://app.platter.test' });
    bed = await notificationsServices(db, config);
    emails = bed.get(QueueAccountLinkEmailService);
    // As the RabbitMQ transport delivers: payload checked against the catalog, inbox row and handler in one transaction.
    deliverer = new EventDeliverer(bed, 'notifications', [AccountUnlockRequestedConsumer, PasswordResetRequestedConsumer]);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  it('queues a reset email with the link to the app, once per token', async () => {
    const reset = request();
    const log = await emails.queue('password_reset', reset);
    expect(log).toMatchObject({ type: 'email', provider: 'smtp', recipient: reset.email, template: 'password_reset', locale: 'fr', status: 'queued' });
    expect(log.content).toContain(`https://app.platter.test/reset-password?token=${reset.token}`);
    expect(log.content).toContain('Awa');

    expect((await emails.queue('password_reset', reset)).id).toBe(log.id);
    const next = await emails.queue('password_reset', { ...reset, token: 'y'.repeat(43) });
    expect(next.id).not.toBe(log.id);
    const rows = await db.dataSource.query(`SELECT dedup_key FROM notification_logs WHERE recipient = $1`, [reset.email]);
    expect(rows).toHaveLength(2);
    // The dedup key names the token by its hash only.
    for (const row of rows as Array<{ dedup_key: string }>) expect(row.dedup_key).toMatch(/^password_reset:[0-9a-f]{64}$/);
  });

  it('queues a verification email with its own page', async () => {
    const verification = request();
    const log = await emails.queue('email_verification', verification);
    expect(log.template).toBe('email_verification');
    expect(log.content).toContain(`https://app.platter.test/verify-email?token=${verification.token}`);
  });

  it('emails the unlock link identity asks for when sign-in is locked, once however often the event is delivered', async () => {
    const unlock = request();
    const [event] = envelopesOf([{ type: 'user.account-unlock-requested', payload: unlock }], 'identity');
    expect(await deliverer.deliver(event)).toBe('handled');
    // Redelivered by the broker: the inbox absorbs it. Published again under a new message id (a relay
    // retry that lost its ack): the token's dedup key does.
    expect(await deliverer.deliver(event)).toBe('duplicate');
    expect(await deliverer.deliver({ ...event, id: randomUUID() })).toBe('handled');

    const rows = await db.dataSource.query(
      `SELECT type, provider, template, locale, status, content, dedup_key FROM notification_logs WHERE recipient = $1`,
      [unlock.email],
    );
    expect(rows).toEqual([
      {
        type: 'email', provider: 'smtp', template: 'account_unlock', locale: 'fr', status: 'queued',
        content: expect.stringContaining(`https://app.platter.test/unlock-account?token=${unlock.token}`),
        dedup_key: expect.stringMatching(/^account_unlock:[0-9a-f]{64}$/),
      },
    ]);
    expect(rows[0].content).toMatch(/^Awa, la connexion à votre compte Platter a été bloquée/);
    expect(rows[0].content).toContain(unlock.expires_at);
    expect(rows[0].dedup_key).not.toContain(unlock.token);
  });

  it('queues the same emails for one account in every order of its link events, redelivered', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      // A fresh account and fresh tokens per order, as identity would issue them.
      events: () => {
        const who = request();
        return envelopesOf(
          [
            { type: 'user.account-unlock-requested', payload: who },
            { type: 'user.password-reset-requested', payload: { ...who, token: request().token } },
          ],
          'identity',
        );
      },
      state: async (envelopes) =>
        (
          await db.dataSource.query(`SELECT template FROM notification_logs WHERE recipient = $1 ORDER BY template`, [
            (envelopes[0].payload as AccountEmailTokenIssued).email,
          ])
        ).map((r: { template: string }) => r.template),
      expected: () => ['account_unlock', 'password_reset'],
    });
    expect(failures).toEqual([]);
  });
});
