import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentityTables1700000001000 implements MigrationInterface {
  name = 'CreateIdentityTables1700000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        phone text UNIQUE,
        name text NOT NULL,
        password_hash text,
        role text NOT NULL CHECK (role IN ('guest', 'customer', 'restaurant_owner', 'restaurant_staff', 'driver', 'admin')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'banned')),
        email_verified boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A session is one refresh-token family: revoking it ends every token of the family.
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoke_reason text
      )`);
    await q.query(`CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)`);
    await q.query(`
      CREATE TABLE signing_keys (
        kid text PRIMARY KEY,
        private_jwk jsonb NOT NULL,
        public_jwk jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE restaurant_memberships (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL,
        restaurant_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('owner', 'manager', 'staff')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, restaurant_id)
      )`);
    await q.query(`CREATE INDEX restaurant_memberships_restaurant ON restaurant_memberships (restaurant_id)`);
    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY,
        actor_id uuid,
        action text NOT NULL,
        target text,
        ip text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_actor ON audit_log (actor_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'restaurant_memberships', 'signing_keys', 'refresh_tokens', 'sessions', 'users']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
