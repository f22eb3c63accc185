import { MigrationInterface, QueryRunner } from 'typeorm';

export class UnlockTokensAsOneTimeTokens1700000016000 implements MigrationInterface {
  name = 'UnlockTokensAsOneTimeTokens1700000016000';

  async up(q: QueryRunner): Promise<void> {
    // The emailed unlock link is one more purpose of the one-time tokens (same hash, expiry, single
    // use, same clean-up on account deletion) rather than a table of its own. Live links move over,
    // so an owner holding one can still use it.
    await q.query(`ALTER TABLE one_time_tokens DROP CONSTRAINT one_time_tokens_purpose_check`);
    await q.query(
      `ALTER TABLE one_time_tokens ADD CONSTRAINT one_time_tokens_purpose_check CHECK (purpose IN ('password_reset', 'email_verification', 'account_unlock'))`,
    );
    await q.query(`
      INSERT INTO one_time_tokens (id, user_id, purpose, token_hash, expires_at, used_at)
      SELECT gen_random_uuid(), user_id, 'account_unlock', token_hash, expires_at, NULL
      FROM account_unlock_tokens
      WHERE used_at IS NULL AND expires_at > now()`);
    await q.query(`DROP TABLE account_unlock_tokens`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_unlock_tokens (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX account_unlock_tokens_user_idx ON account_unlock_tokens (user_id)`);
    await q.query(`
      INSERT INTO account_unlock_tokens (token_hash, user_id, expires_at, used_at)
      SELECT token_hash, user_id, expires_at, used_at FROM one_time_tokens WHERE purpose = 'account_unlock'`);
    await q.query(`DELETE FROM one_time_tokens WHERE purpose = 'account_unlock'`);
    await q.query(`ALTER TABLE one_time_tokens DROP CONSTRAINT one_time_tokens_purpose_check`);
    await q.query(`ALTER TABLE one_time_tokens ADD CONSTRAINT one_time_tokens_purpose_check CHECK (purpose IN ('password_reset', 'email_verification'))`);
  }
}
