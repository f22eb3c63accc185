import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts erased before dispatch heard of them (user.deleted can arrive before user.registered):
 * the late registration then opens no profile, so no personal data comes back.
 */
export class ErasedAccounts1700000011000 implements MigrationInterface {
  name = 'ErasedAccounts1700000011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE erased_accounts (user_id uuid PRIMARY KEY, erased_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erased_accounts`);
  }
}
