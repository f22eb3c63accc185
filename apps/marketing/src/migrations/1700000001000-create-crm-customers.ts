import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCrmCustomers1700000001000 implements MigrationInterface {
  name = 'CreateCrmCustomers1700000001000';

  async up(q: QueryRunner): Promise<void> {
    // id is the customer's user id. email and name stay empty while an order.created arrives
    // before its customer's user.registered; total_spent is in minor units, bigint as it only grows.
    await q.query(`
      CREATE TABLE crm_customers (
        id uuid PRIMARY KEY,
        email text,
        name text,
        phone text,
        segment text NOT NULL CHECK (segment IN ('new', 'active')),
        total_orders integer NOT NULL DEFAULT 0 CHECK (total_orders >= 0),
        total_spent bigint NOT NULL DEFAULT 0 CHECK (total_spent >= 0),
        last_order_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX crm_customers_created ON crm_customers (created_at DESC, id)`);
    await q.query(`CREATE INDEX crm_customers_segment ON crm_customers (segment)`);
    // The orders already counted in a customer's totals: counting one twice is a no-op.
    await q.query(`
      CREATE TABLE crm_customer_orders (
        order_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES crm_customers (id),
        total_amount integer NOT NULL CHECK (total_amount >= 0),
        ordered_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX crm_customer_orders_customer ON crm_customer_orders (customer_id, ordered_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE crm_customer_orders`);
    await q.query(`DROP TABLE crm_customers`);
  }
}
