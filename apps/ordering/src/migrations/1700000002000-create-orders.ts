import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'created', 'confirmed', 'accepted', 'preparing', 'ready', 'assigned', 'picked_up', 'in_transit', 'delivered', 'completed', 'cancelled'`;

export class CreateOrders1700000002000 implements MigrationInterface {
  name = 'CreateOrders1700000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        order_number text NOT NULL UNIQUE,
        customer_id uuid,
        restaurant_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        delivery_type text NOT NULL CHECK (delivery_type IN ('delivery', 'pickup', 'dine_in')),
        delivery_address jsonb,
        payment_method text NOT NULL,
        payment_status text NOT NULL CHECK (payment_status IN ('pending', 'completed', 'failed', 'refunded')),
        subtotal integer NOT NULL CHECK (subtotal >= 0),
        tax_amount integer NOT NULL CHECK (tax_amount >= 0),
        delivery_fee integer NOT NULL CHECK (delivery_fee >= 0),
        service_fee integer NOT NULL CHECK (service_fee >= 0),
        total_amount integer NOT NULL CHECK (total_amount >= 0),
        currency char(3) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC)`);
    await q.query(`CREATE INDEX orders_restaurant_status ON orders (restaurant_id, status, created_at)`);
    await q.query(`
      CREATE TABLE order_items (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        position integer NOT NULL,
        menu_item_id uuid NOT NULL,
        name text NOT NULL,
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
        unit_price integer NOT NULL CHECK (unit_price >= 0),
        total_price integer NOT NULL CHECK (total_price >= 0),
        notes text,
        UNIQUE (order_id, position)
      )`);
    await q.query(`
      CREATE TABLE order_status_history (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        reason text,
        actor_id uuid,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX order_status_history_order ON order_status_history (order_id, at)`);
    // The first answer to a customer's Idempotency-Key, replayed for a retry of the same request.
    await q.query(`
      CREATE TABLE idempotency_keys (
        customer_id uuid NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (customer_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE order_status_history`);
    await q.query(`DROP TABLE order_items`);
    await q.query(`DROP TABLE orders`);
  }
}
