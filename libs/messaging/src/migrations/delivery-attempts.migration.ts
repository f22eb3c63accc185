import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries of a message that did not complete (the consumer died with it in hand), per consumer:
 * the transport dead-letters a message once it has killed its consumers too often. Rows exist only
 * for redelivered messages and are deleted when the message completes. Every service with a
 * database lists this migration right after MessagingTables.
 */
export class DeliveryAttempts1700000000500 implements MigrationInterface {
  name = 'DeliveryAttempts1700000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE delivery_attempts (
        consumer text NOT NULL,
        message_id text NOT NULL,
        count int NOT NULL,
        last_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE delivery_attempts`);
  }
}
