import { MigrationInterface, QueryRunner } from 'typeorm';

/** A customer's birthday (for the yearly loyalty bonus), optional, given at sign-up or on PUT /users/me. */
export class AddUserBirthday1700000014000 implements MigrationInterface {
  name = 'AddUserBirthday1700000014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN birthday date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN birthday`);
  }
}
