import { randomUUID } from 'node:crypto';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { notificationsMigrations } from '../../../migrations';
import { notificationsEntities } from '../../../notifications.module';
import { notificationsServices } from '../../../testing/notifications-services';
import { QueueOtpSmsService } from './queue-otp-sms.service';

// The SMS identity's sign-in codes queue, against real PostgreSQL: one per code, however often delivered.
describe('sign-in code SMS (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let sms: QueueOtpSmsService;

  beforeAll(async () => {
    db = await createThrowawaySchema('notifications', { entities: notificationsEntities, migrations: notificationsMigrations });
    bed = await notificationsServices(db);
    sms = bed.get(QueueOtpSmsService);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  it("queues the OTP text to the phone once per code, naming the code only by a hash in its key", async () => {
    const request = { user_id: randomUUID(), phone: '+237670112233', code: '042317', expires_at: '2026-11-21T10:05:00.000Z' };
    const log = await sms.queue(request);
    expect(log).toMatchObject({ type: 'sms', recipient: '+237670112233', template: 'otp', locale: 'fr', status: 'queued' });
    expect(log.content).toBe('Votre code Platter: 042317. Expire dans 5 minutes.');
    expect(log.dedup_key).toMatch(/^otp:[0-9a-f]{64}$/);
    expect((await sms.queue(request)).id).toBe(log.id);
    expect((await sms.queue({ ...request, code: '555111', expires_at: '2026-11-21T10:06:00.000Z' })).id).not.toBe(log.id);
  });
});
