import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGuestSessions1700000006000 implements MigrationInterface {
  name = 'CreateGuestSessions1700000006000';

  async up(q: QueryRunner): Promise<void> {
    // A guest orders without an account; the token is kept only as its SHA-256, and
    // converted_user_id makes it single use when the guest registers.
    await q.query(`
      CREATE TABLE guest_sessions (
        id uuid PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        name text,
        phone text,
        email text,
        expires_at timestamptz NOT NULL,
        converted_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        converted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX guest_sessions_expires ON guest_sessions (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE guest_sessions`);
  }
}
