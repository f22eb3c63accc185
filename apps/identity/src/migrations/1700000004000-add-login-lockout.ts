import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLoginLockout1700000004000 implements MigrationInterface {
  name = 'AddLoginLockout1700000004000';

  async up(q: QueryRunner): Promise<void> {
    // Wrong passwords in a row, and until when the account refuses every login.
    await q.query(`ALTER TABLE users ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE users ADD COLUMN locked_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN locked_until`);
    await q.query(`ALTER TABLE users DROP COLUMN failed_login_count`);
  }
}
