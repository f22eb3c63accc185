import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOneTimeTokens1700000005000 implements MigrationInterface {
  name = 'CreateOneTimeTokens1700000005000';

  async up(q: QueryRunner): Promise<void> {
    // Password-reset and email-verification tokens. A token is looked up by its hash; issuing
    // a new one deletes the user's unused ones of the same purpose (the partial index).
    await q.query(`
      CREATE TABLE one_time_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('password_reset', 'email_verification')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX one_time_tokens_unused_idx ON one_time_tokens (user_id, purpose) WHERE used_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE one_time_tokens`);
  }
}
