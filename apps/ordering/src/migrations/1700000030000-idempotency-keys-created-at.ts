import { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Keys are pruned by age (docs/ordering-payments.md): an index on created_at keeps that cheap. */
export class IdempotencyKeysCreatedAt1700000030000 implements MigrationInterface {
  name = 'IdempotencyKeysCreatedAt1700000030000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idempotency_keys_created_at`);
  }
}
