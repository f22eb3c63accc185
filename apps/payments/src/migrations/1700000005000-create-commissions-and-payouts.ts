import { MigrationInterface, QueryRunner } from 'typeorm';

/** Settlement of completed orders (a commission record per order), driver earnings and payouts. */
export class CreateCommissionsAndPayouts1700000005000 implements MigrationInterface {
  name = 'CreateCommissionsAndPayouts1700000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payouts (
        id uuid PRIMARY KEY,
        payee_type text NOT NULL CHECK (payee_type IN ('restaurant', 'driver')),
        payee_id uuid NOT NULL,
        amount integer NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
        phone text,
        reference text,
        failure_reason text,
        records_count integer NOT NULL DEFAULT 0,
        requested_by uuid,
        decided_by uuid,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX payouts_payee ON payouts (payee_type, payee_id, created_at DESC)`);
    await q.query(`CREATE INDEX payouts_created ON payouts (created_at)`);
    // order_total is the commission base (subtotal after discounts, no tax or fees); restaurant_net is
    // what the platform owes the restaurant for the order after counting cash it kept.
    await q.query(`
      CREATE TABLE commission_records (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL UNIQUE,
        order_number text NOT NULL,
        restaurant_id uuid NOT NULL,
        order_total integer NOT NULL CHECK (order_total >= 0),
        commission_rate numeric(5, 4) NOT NULL,
        platform_fee integer NOT NULL,
        restaurant_share integer NOT NULL,
        tax_amount integer NOT NULL DEFAULT 0,
        service_fee integer NOT NULL DEFAULT 0,
        delivery_fee integer NOT NULL DEFAULT 0,
        amount_paid integer NOT NULL,
        payment_method text NOT NULL,
        collected_by text NOT NULL CHECK (collected_by IN ('platform', 'driver', 'restaurant')),
        restaurant_net integer NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'calculated', 'processed', 'paid')),
        currency char(3) NOT NULL,
        due_date timestamptz NOT NULL,
        completed_at timestamptz NOT NULL,
        payout_id uuid REFERENCES payouts (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX commission_records_due ON commission_records (status, due_date, restaurant_id)`);
    await q.query(`CREATE INDEX commission_records_restaurant ON commission_records (restaurant_id, completed_at)`);
    await q.query(`CREATE INDEX commission_records_completed ON commission_records (completed_at)`);
    await q.query(`
      CREATE TABLE driver_earnings (
        id uuid PRIMARY KEY,
        driver_id uuid NOT NULL,
        order_id uuid NOT NULL UNIQUE,
        order_number text NOT NULL,
        delivery_fee integer NOT NULL,
        amount integer NOT NULL CHECK (amount >= 0),
        cash_collected integer NOT NULL DEFAULT 0,
        currency char(3) NOT NULL,
        earned_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX driver_earnings_driver ON driver_earnings (driver_id, earned_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE driver_earnings`);
    await q.query(`DROP TABLE commission_records`);
    await q.query(`DROP TABLE payouts`);
  }
}
