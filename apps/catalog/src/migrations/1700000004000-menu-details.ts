import { MigrationInterface, QueryRunner } from 'typeorm';

/** Menus in full: item details, translations, schedules, stock, variants and modifier groups. */
export class MenuDetails1700000004000 implements MigrationInterface {
  name = 'MenuDetails1700000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE menu_items
        ADD COLUMN images text[] NOT NULL DEFAULT '{}',
        ADD COLUMN allergens text[] NOT NULL DEFAULT '{}',
        ADD COLUMN dietary_tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN prep_time_minutes integer CHECK (prep_time_minutes >= 0),
        ADD COLUMN translations jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN stock_quantity integer CHECK (stock_quantity >= 0),
        ADD COLUMN availability_schedule jsonb`);
    await q.query(`
      ALTER TABLE menu_categories
        ADD COLUMN translations jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN availability_schedule jsonb,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`
      CREATE TABLE item_variants (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES menu_items (id) ON DELETE CASCADE,
        name text NOT NULL,
        price integer NOT NULL CHECK (price >= 0),
        position integer NOT NULL,
        translations jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX item_variants_item ON item_variants (item_id, position)`);
    await q.query(`
      CREATE TABLE modifier_groups (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES menu_items (id) ON DELETE CASCADE,
        name text NOT NULL,
        min_choices integer NOT NULL CHECK (min_choices >= 0),
        max_choices integer NOT NULL CHECK (max_choices >= min_choices),
        position integer NOT NULL,
        translations jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX modifier_groups_item ON modifier_groups (item_id, position)`);
    await q.query(`
      CREATE TABLE modifier_options (
        id uuid PRIMARY KEY,
        group_id uuid NOT NULL REFERENCES modifier_groups (id) ON DELETE CASCADE,
        name text NOT NULL,
        price_delta integer NOT NULL,
        is_available boolean NOT NULL DEFAULT true,
        position integer NOT NULL,
        translations jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX modifier_options_group ON modifier_options (group_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE modifier_options`);
    await q.query(`DROP TABLE modifier_groups`);
    await q.query(`DROP TABLE item_variants`);
    await q.query(`
      ALTER TABLE menu_categories
        DROP COLUMN translations, DROP COLUMN availability_schedule, DROP COLUMN updated_at`);
    await q.query(`
      ALTER TABLE menu_items
        DROP COLUMN images, DROP COLUMN allergens, DROP COLUMN dietary_tags, DROP COLUMN prep_time_minutes,
        DROP COLUMN translations, DROP COLUMN stock_quantity, DROP COLUMN availability_schedule`);
  }
}
