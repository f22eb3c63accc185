import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMenuItemCopies1700000002000 implements MigrationInterface {
  name = 'CreateMenuItemCopies1700000002000';

  async up(q: QueryRunner): Promise<void> {
    // The kitchen's copy of its restaurant's menu (from menu.item-changed): what it can 86.
    await q.query(`
      CREATE TABLE menu_item_copies (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL,
        name text NOT NULL,
        is_available boolean NOT NULL,
        deleted boolean NOT NULL,
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX menu_item_copies_restaurant ON menu_item_copies (restaurant_id, name)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE menu_item_copies`);
  }
}
