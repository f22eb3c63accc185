import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMenus1700000002000 implements MigrationInterface {
  name = 'CreateMenus1700000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE menu_categories (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL REFERENCES restaurants (id),
        name text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX menu_categories_restaurant ON menu_categories (restaurant_id, position)`);
    await q.query(`
      CREATE TABLE menu_items (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL REFERENCES restaurants (id),
        category_id uuid REFERENCES menu_categories (id),
        name text NOT NULL,
        description text,
        price integer NOT NULL CHECK (price >= 0),
        currency char(3) NOT NULL,
        is_available boolean NOT NULL DEFAULT true,
        order_count integer NOT NULL DEFAULT 0,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX menu_items_restaurant ON menu_items (restaurant_id, category_id) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE menu_items`);
    await q.query(`DROP TABLE menu_categories`);
  }
}
