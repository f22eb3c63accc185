import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePhoneOtps1700000011000 implements MigrationInterface {
  name = 'CreatePhoneOtps1700000011000';

  async up(q: QueryRunner): Promise<void> {
    // SMS sign-in codes: only a keyed hash of the code is kept, with its wrong guesses.
    await q.query(`
      CREATE TABLE phone_otps (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX phone_otps_user_open ON phone_otps (user_id, created_at DESC) WHERE used_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE phone_otps`);
  }
}
