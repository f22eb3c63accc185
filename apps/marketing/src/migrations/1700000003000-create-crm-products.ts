import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCrmProducts1700000003000 implements MigrationInterface {
  name = 'CreateCrmProducts1700000003000';

  async up(q: QueryRunner): Promise<void> {
    // Marketing's copy of the restaurants' menu items (from menu.item-changed): what campaigns and
    // the dashboards' product figures name. Prices in the currency's minor unit.
    await q.query(`
      CREATE TABLE crm_products (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL,
        name text NOT NULL,
        price integer NOT NULL,
        currency char(3) NOT NULL,
        is_available boolean NOT NULL,
        deleted boolean NOT NULL,
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX crm_products_restaurant ON crm_products (restaurant_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE crm_products`);
  }
}
