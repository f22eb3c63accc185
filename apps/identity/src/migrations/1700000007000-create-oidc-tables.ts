import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOidcTables1700000007000 implements MigrationInterface {
  name = 'CreateOidcTables1700000007000';

  async up(q: QueryRunner): Promise<void> {
    // Sign-in with Google and Apple. users.password_hash is already nullable: accounts
    // made by a provider sign-in have none, and password login refuses them like a wrong password.
    await q.query(`
      CREATE TABLE user_identities (
        id uuid PRIMARY KEY,
        provider text NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (provider, subject),
        UNIQUE (user_id, provider)
      )`);
    // Pending authorizations: the state is single-use and expires; the verifier and nonce never leave the server.
    await q.query(`
      CREATE TABLE oauth_authorizations (
        id uuid PRIMARY KEY,
        state_hash text NOT NULL UNIQUE,
        provider text NOT NULL,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX oauth_authorizations_expires_at_idx ON oauth_authorizations (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE oauth_authorizations`);
    await q.query(`DROP TABLE user_identities`);
  }
}
