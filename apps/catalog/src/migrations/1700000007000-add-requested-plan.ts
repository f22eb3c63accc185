import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRequestedPlan1700000007000 implements MigrationInterface {
  name = 'AddRequestedPlan1700000007000';

  async up(q: QueryRunner): Promise<void> {
    // A move to a cheaper-commission plan waits here until an admin confirms it (once it is paid).
    await q.query(`ALTER TABLE restaurants ADD COLUMN requested_plan text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE restaurants DROP COLUMN requested_plan`);
  }
}
