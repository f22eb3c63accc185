import { randomUUID } from 'node:crypto';
import { AccountEmailTokenIssued } from '@platter/contracts';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { notificationsMigrations } from '../../../migrations';
import { NotificationsConfig } from '../../../notifications.config';
import { notificationsEntities } from '../../../notifications.module';
import { notificationsServices } from '../../../testing/notifications-services';
import { QueueAccountLinkEmailService } from './queue-account-link-email.service';

// The emails identity's link events queue, against real PostgreSQL: one per token, however often delivered.
describe('account link emails (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let emails: QueueAccountLinkEmailService;
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
});
