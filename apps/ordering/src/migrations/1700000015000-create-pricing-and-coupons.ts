import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pricing: the restaurant's commission rate and settings (kitchen's restaurant.config-changed:
 * tax_rate, service_fee, ...) copied into ordering; coupons and their redemptions; the order type
 * (online, or offline for orders keyed in by restaurant staff).
 */
export class CreatePricingAndCoupons1700000015000 implements MigrationInterface {
  name = 'CreatePricingAndCoupons1700000015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE restaurant_replicas ADD COLUMN commission_rate_bps integer NOT NULL DEFAULT 1500 CHECK (commission_rate_bps BETWEEN 0 AND 10000)`,
    );
    // One row per restaurant and setting, each ordered on its own clock (occurred_at of its last event).
    await q.query(`
      CREATE TABLE restaurant_config_replicas (
        restaurant_id uuid NOT NULL,
        key text NOT NULL,
        value text,
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (restaurant_id, key)
      )`);
    await q.query(`
      CREATE TABLE coupons (
        id uuid PRIMARY KEY,
        restaurant_id uuid,
        code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('percent', 'fixed')),
        percent_bps integer CHECK (percent_bps BETWEEN 1 AND 10000),
        amount integer CHECK (amount > 0),
        max_discount integer CHECK (max_discount > 0),
        min_subtotal integer NOT NULL DEFAULT 0 CHECK (min_subtotal >= 0),
        currency char(3) NOT NULL,
        starts_at timestamptz,
        ends_at timestamptz,
        max_uses integer CHECK (max_uses > 0),
        per_customer_limit integer CHECK (per_customer_limit > 0),
        uses_count integer NOT NULL DEFAULT 0 CHECK (uses_count >= 0),
        is_active boolean NOT NULL DEFAULT true,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CHECK ((kind = 'percent' AND percent_bps IS NOT NULL AND amount IS NULL) OR (kind = 'fixed' AND amount IS NOT NULL AND percent_bps IS NULL)),
        CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at),
        CHECK (max_uses IS NULL OR uses_count <= max_uses)
      )`);
    // Codes are case-insensitive and unique per scope (a restaurant, or the platform) among live coupons.
    await q.query(`CREATE UNIQUE INDEX coupons_restaurant_code ON coupons (restaurant_id, lower(code)) WHERE deleted_at IS NULL AND restaurant_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX coupons_platform_code ON coupons (lower(code)) WHERE deleted_at IS NULL AND restaurant_id IS NULL`);
    await q.query(`
      CREATE TABLE coupon_redemptions (
        id uuid PRIMARY KEY,
        coupon_id uuid NOT NULL REFERENCES coupons (id),
        order_id uuid NOT NULL UNIQUE,
        buyer_key text NOT NULL,
        amount integer NOT NULL CHECK (amount >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz
      )`);
    await q.query(`CREATE INDEX coupon_redemptions_buyer ON coupon_redemptions (coupon_id, buyer_key) WHERE released_at IS NULL`);
    await q.query(`ALTER TABLE orders ADD COLUMN order_type text CHECK (order_type IN ('online', 'offline'))`);
    // A staff order (dine-in, a walk-in) may have no account and no tracking token: staff follow it.
    await q.query(`
      ALTER TABLE orders
        DROP CONSTRAINT orders_have_a_buyer,
        ADD CONSTRAINT orders_have_a_buyer CHECK (customer_id IS NOT NULL OR (guest_name IS NOT NULL AND tracking_token_hash IS NOT NULL) OR source = 'staff')`);
    await q.query(`CREATE INDEX orders_restaurant_created ON orders (restaurant_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX orders_restaurant_created`);
    await q.query(`
      ALTER TABLE orders
        DROP CONSTRAINT orders_have_a_buyer,
        ADD CONSTRAINT orders_have_a_buyer CHECK (customer_id IS NOT NULL OR (guest_name IS NOT NULL AND tracking_token_hash IS NOT NULL)) NOT VALID`);
    await q.query(`ALTER TABLE orders DROP COLUMN order_type`);
    await q.query(`DROP TABLE coupon_redemptions`);
    await q.query(`DROP TABLE coupons`);
    await q.query(`DROP TABLE restaurant_config_replicas`);
    await q.query(`ALTER TABLE restaurant_replicas DROP COLUMN commission_rate_bps`);
  }
}
