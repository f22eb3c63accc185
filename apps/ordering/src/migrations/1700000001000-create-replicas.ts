import { MigrationInterface, QueryRunner } from 'typeorm';

/** Ordering's own copy of restaurants and menu items, fed by catalog's events. */
export class CreateReplicas1700000001000 implements MigrationInterface {
  name = 'CreateReplicas1700000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE restaurant_replicas (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        name text NOT NULL,
        currency char(3) NOT NULL,
        status text NOT NULL,
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE menu_item_replicas (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL,
        name text NOT NULL,
        price integer NOT NULL CHECK (price >= 0),
        currency char(3) NOT NULL,
        is_available boolean NOT NULL,
        deleted boolean NOT NULL,
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX menu_item_replicas_restaurant ON menu_item_replicas (restaurant_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE menu_item_replicas`);
    await q.query(`DROP TABLE restaurant_replicas`);
  }
}
