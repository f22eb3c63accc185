import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotificationLogs1700000001000 implements MigrationInterface {
  name = 'CreateNotificationLogs1700000001000';

  async up(q: QueryRunner): Promise<void> {
    // dedup_key names what the notification is about (e.g. one order reaching one status), so the
    // same cause never queues it twice.
    await q.query(`
      CREATE TABLE notification_logs (
        id uuid PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('sms', 'email', 'push', 'whatsapp')),
        provider text NOT NULL,
        recipient text NOT NULL,
        template text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('fr', 'en')),
        content text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'sent', 'delivered', 'failed')),
        dedup_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notification_logs_recipient ON notification_logs (recipient, created_at)`);
    await q.query(`CREATE INDEX notification_logs_queued ON notification_logs (created_at) WHERE status = 'queued'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_logs`);
  }
}
