import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRestaurantReplicaProfile1700000013000 implements MigrationInterface {
  name = 'AddRestaurantReplicaProfile1700000013000';

  async up(q: QueryRunner): Promise<void> {
    // The restaurant's time zone reads menu schedules (breakfast until 11:00 local time). Profile
    // events are ordered on their own clock: a late status event must not block a newer rename.
    await q.query(`ALTER TABLE restaurant_replicas ADD COLUMN timezone text NOT NULL DEFAULT 'Africa/Douala'`);
    await q.query(`ALTER TABLE restaurant_replicas ADD COLUMN profile_occurred_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE restaurant_replicas DROP COLUMN profile_occurred_at`);
    await q.query(`ALTER TABLE restaurant_replicas DROP COLUMN timezone`);
  }
}
