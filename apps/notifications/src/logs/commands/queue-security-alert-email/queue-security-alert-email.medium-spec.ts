import { randomUUID } from 'node:crypto';
import { UserSecurityAlert } from '@platter/contracts';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { notificationsMigrations } from '../../../migrations';
import { notificationsEntities } from '../../../notifications.module';
import { notificationsServices } from '../../../testing/notifications-services';
import { QueueSecurityAlertEmailService } from './queue-security-alert-email.service';

// Real PostgreSQL: the email a reused refresh token queues, once per alert.
describe('security alert emails (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let alerts: QueueSecurityAlertEmailService;

  beforeAll(async () => {
    db = await createThrowawaySchema('notifications', { entities: notificationsEntities, migrations: notificationsMigrations });
    bed = await notificationsServices(db);
    alerts = bed.get(QueueSecurityAlertEmailService);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  const alert = (): UserSecurityAlert => ({
    user_id: randomUUID(),
    email: `ngozi-${randomUUID()}@test.local`,
    name: 'Ngozi',
    kind: 'refresh_token_reuse',
    occurred_at: '2026-11-21T07:00:00.000Z',
    ip: '203.0.113.7',
  });

  it('queues one email to the account holder per alert, however often the event is applied', async () => {
    const reuse = alert();
    const first = await alerts.queue(reuse);
    const again = await alerts.queue(reuse);
    expect(again.id).toBe(first.id);

    const rows = await db.dataSource.query(`SELECT type, provider, template, locale, content, status FROM notification_logs WHERE recipient = $1`, [reuse.email]);
    expect(rows).toEqual([
      {
        type: 'email', provider: 'smtp', template: 'security_alert_refresh_token_reuse', locale: 'fr', status: 'queued',
        content: expect.stringMatching(/^Ngozi, une session de votre compte Platter a été fermée le 2026-11-21T07:00:00.000Z/),
      },
    ]);
  });

  it('queues a second email for a later alert of the same kind', async () => {
    const reuse = alert();
    await alerts.queue(reuse);
    await alerts.queue({ ...reuse, occurred_at: '2026-11-22T07:00:00.000Z' });
    const rows = await db.dataSource.query(`SELECT 1 FROM notification_logs WHERE recipient = $1`, [reuse.email]);
    expect(rows).toHaveLength(2);
  });
});
