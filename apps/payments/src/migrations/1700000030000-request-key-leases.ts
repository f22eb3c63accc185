import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Keys of provider calls get a lease and the attempt they recorded: a claimer that died
 * no longer holds its key for ever, and a retry resumes from the attempt instead of calling the
 * provider again. Keys are pruned by age, hence the index on created_at.
 */
export class RequestKeyLeases1700000030000 implements MigrationInterface {
  name = 'RequestKeyLeases1700000030000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payment_request_keys ADD COLUMN locked_until timestamptz, ADD COLUMN resource_id text`);
    await q.query(`CREATE INDEX payment_request_keys_created_at ON payment_request_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX payment_request_keys_created_at`);
    await q.query(`ALTER TABLE payment_request_keys DROP COLUMN resource_id, DROP COLUMN locked_until`);
  }
}
