import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an order needs for discounts, the saga and settlement. Every new column has a
 * default so orders placed before it stay valid.
 */
export class AddOrderSagaColumns1700000014000 implements MigrationInterface {
  name = 'AddOrderSagaColumns1700000014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE orders
        ADD COLUMN discount_amount integer NOT NULL DEFAULT 0 CHECK (discount_amount >= 0),
        ADD COLUMN coupon_code text,
        ADD COLUMN loyalty_points_redeemed integer NOT NULL DEFAULT 0 CHECK (loyalty_points_redeemed >= 0),
        ADD COLUMN commission_rate_bps integer NOT NULL DEFAULT 1500 CHECK (commission_rate_bps BETWEEN 0 AND 10000),
        ADD COLUMN amount_refunded integer NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0),
        ADD COLUMN delivery_code text,
        ADD COLUMN driver_id uuid,
        ADD COLUMN payer_phone text,
        ADD COLUMN source text NOT NULL DEFAULT 'client' CHECK (source IN ('client', 'guest', 'staff')),
        ADD COLUMN placed_by uuid,
        ADD COLUMN payment_provider text,
        ADD COLUMN payment_due_at timestamptz,
        ADD COLUMN step_due_at timestamptz,
        ADD COLUMN saga_flagged_at timestamptz,
        ADD COLUMN saga_note text,
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN cancelled_at timestamptz`);
    await q.query(`ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_payment_status_check`);
    await q.query(`
      ALTER TABLE orders ADD CONSTRAINT orders_payment_status_check
        CHECK (payment_status IN ('pending', 'completed', 'failed', 'refunded', 'partially_refunded'))`);
    // The saga's watchdog scans orders whose current step is overdue.
    await q.query(`CREATE INDEX orders_step_due ON orders (step_due_at) WHERE step_due_at IS NOT NULL`);
    await q.query(`CREATE INDEX orders_driver ON orders (driver_id, created_at DESC) WHERE driver_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE order_items
        ADD COLUMN variant_id uuid,
        ADD COLUMN variant_name text,
        ADD COLUMN modifiers jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_items DROP COLUMN variant_id, DROP COLUMN variant_name, DROP COLUMN modifiers`);
    await q.query(`DROP INDEX orders_driver`);
    await q.query(`DROP INDEX orders_step_due`);
    await q.query(`ALTER TABLE orders DROP CONSTRAINT orders_payment_status_check`);
    await q.query(`ALTER TABLE orders ADD CONSTRAINT orders_payment_status_check CHECK (payment_status IN ('pending', 'completed', 'failed', 'refunded'))`);
    await q.query(`
      ALTER TABLE orders
        DROP COLUMN discount_amount, DROP COLUMN coupon_code, DROP COLUMN loyalty_points_redeemed,
        DROP COLUMN commission_rate_bps, DROP COLUMN amount_refunded, DROP COLUMN delivery_code,
        DROP COLUMN driver_id, DROP COLUMN payer_phone, DROP COLUMN source, DROP COLUMN placed_by,
        DROP COLUMN payment_provider, DROP COLUMN payment_due_at, DROP COLUMN step_due_at,
        DROP COLUMN saga_flagged_at, DROP COLUMN saga_note, DROP COLUMN completed_at, DROP COLUMN cancelled_at`);
  }
}
