import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ordering's copy of a restaurant's opening hours: orders are taken only while it is open. Null
 * until an event carrying hours arrives (copies made from events that carried none): then hours are not enforced.
 */
export class AddRestaurantReplicaHours1700000016000 implements MigrationInterface {
  name = 'AddRestaurantReplicaHours1700000016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE restaurant_replicas ADD COLUMN opening_hours jsonb, ADD COLUMN hours_exceptions jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE restaurant_replicas DROP COLUMN opening_hours, DROP COLUMN hours_exceptions`);
  }
}
