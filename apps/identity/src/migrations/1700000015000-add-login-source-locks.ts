import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLoginSourceLocks1700000015000 implements MigrationInterface {
  name = 'AddLoginSourceLocks1700000015000';

  async up(q: QueryRunner): Promise<void> {
    // Wrong passwords per (account, source address): one address's failures lock only that pair, so
    // knowing an email is not enough to lock its owner out. users.failed_login_count stays the
    // account-wide ceiling. source '' is "address unknown".
    await q.query(`
      CREATE TABLE login_source_locks (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        source text NOT NULL,
        failed_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        PRIMARY KEY (user_id, source)
      )`);
    // Emailed unlock links; only the token's SHA-256 is kept.
    await q.query(`
      CREATE TABLE account_unlock_tokens (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX account_unlock_tokens_user_idx ON account_unlock_tokens (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_unlock_tokens`);
    await q.query(`DROP TABLE login_source_locks`);
  }
}
