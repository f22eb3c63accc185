import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPhoneVerification1700000013000 implements MigrationInterface {
  name = 'AddPhoneVerification1700000013000';

  async up(q: QueryRunner): Promise<void> {
    // A phone signs its account in by texted code only once a code sent to it came back.
    await q.query(`ALTER TABLE users ADD COLUMN phone_verified_at timestamptz`);
    await q.query(`ALTER TABLE phone_otps ADD COLUMN purpose text NOT NULL DEFAULT 'sign_in' CHECK (purpose IN ('sign_in', 'verify_phone'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE phone_otps DROP COLUMN purpose`);
    await q.query(`ALTER TABLE users DROP COLUMN phone_verified_at`);
  }
}
