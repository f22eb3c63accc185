import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows the broker returned as unroutable wait with a backoff (attempts, last error, when to
 * try again) instead of being marked published; the inbox gets an index on received_at so the
 * periodic prune finds old rows without scanning the table. Listed right after MessagingTables.
 */
export class OutboxRetriesInboxIndex1700000000100 implements MigrationInterface {
  name = 'OutboxRetriesInboxIndex1700000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE outbox
        ADD COLUMN attempts int NOT NULL DEFAULT 0,
        ADD COLUMN last_error text,
        ADD COLUMN next_attempt_at timestamptz`);
    await q.query(`CREATE INDEX IF NOT EXISTS inbox_received_at ON inbox (received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS inbox_received_at`);
    await q.query(`ALTER TABLE outbox DROP COLUMN next_attempt_at, DROP COLUMN last_error, DROP COLUMN attempts`);
  }
}
