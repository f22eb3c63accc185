import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTwoFactorTables1700000002000 implements MigrationInterface {
  name = 'CreateTwoFactorTables1700000002000';

  async up(q: QueryRunner): Promise<void> {
    // The secret is kept in clear, like the signing keys: the schema is reachable by identity's role only.
    // A step (seconds / 30) fits an integer until the year 3991.
    await q.query(`
      CREATE TABLE two_factor (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        secret text NOT NULL,
        enabled_at timestamptz,
        last_used_step integer,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE backup_codes (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, code_hash)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE backup_codes`);
    await q.query(`DROP TABLE two_factor`);
  }
}
