import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSessionRestaurant1700000010000 implements MigrationInterface {
  name = 'AddSessionRestaurant1700000010000';

  async up(q: QueryRunner): Promise<void> {
    // The restaurant a session acts for; its tokens carry it while the membership lasts.
    await q.query(`ALTER TABLE sessions ADD COLUMN restaurant_id uuid`);
    // Who added a manager or staff member (null for owners, granted on approval).
    await q.query(`ALTER TABLE restaurant_memberships ADD COLUMN added_by uuid`);
    await q.query(`CREATE INDEX restaurant_memberships_user ON restaurant_memberships (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX restaurant_memberships_user`);
    await q.query(`ALTER TABLE restaurant_memberships DROP COLUMN added_by`);
    await q.query(`ALTER TABLE sessions DROP COLUMN restaurant_id`);
  }
}
