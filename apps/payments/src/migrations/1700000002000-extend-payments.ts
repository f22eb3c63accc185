import { MigrationInterface, QueryRunner } from 'typeorm';

/** A payment's whole life (capture, failure, refunds) and wallet top-ups besides orders. */
export class ExtendPayments1700000002000 implements MigrationInterface {
  name = 'ExtendPayments1700000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_status_check`);
    await q.query(`
      ALTER TABLE payments
        ADD CONSTRAINT payments_status_check
          CHECK (status IN ('pending', 'awaiting_collection', 'processing', 'succeeded', 'failed', 'cancelled')),
        ADD COLUMN purpose text NOT NULL DEFAULT 'order' CHECK (purpose IN ('order', 'wallet_topup')),
        ADD COLUMN amount_refunded integer NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0),
        ADD COLUMN provider_reference text,
        ADD COLUMN payer_phone text,
        ADD COLUMN payer_email text,
        ADD COLUMN failure_reason text,
        ADD COLUMN paid_at timestamptz,
        ADD COLUMN order_cancelled_at timestamptz,
        ADD CONSTRAINT payments_refund_within_amount CHECK (amount_refunded <= amount)`);
    // Top-ups have no order: order_id and restaurant_id become optional, one payment per order still.
    await q.query(`ALTER TABLE payments ALTER COLUMN order_id DROP NOT NULL, ALTER COLUMN restaurant_id DROP NOT NULL`);
    await q.query(`ALTER TABLE payments ADD CONSTRAINT payments_order_has_order CHECK (purpose <> 'order' OR (order_id IS NOT NULL AND restaurant_id IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM payments WHERE purpose <> 'order'`);
    await q.query(`ALTER TABLE payments DROP CONSTRAINT payments_order_has_order`);
    await q.query(`ALTER TABLE payments ALTER COLUMN order_id SET NOT NULL, ALTER COLUMN restaurant_id SET NOT NULL`);
    await q.query(`
      ALTER TABLE payments
        DROP CONSTRAINT payments_refund_within_amount, DROP COLUMN order_cancelled_at, DROP COLUMN paid_at,
        DROP COLUMN failure_reason, DROP COLUMN payer_email, DROP COLUMN payer_phone, DROP COLUMN provider_reference,
        DROP COLUMN amount_refunded, DROP COLUMN purpose, DROP CONSTRAINT payments_status_check`);
    await q.query(`UPDATE payments SET status = 'pending' WHERE status NOT IN ('pending', 'awaiting_collection')`);
    await q.query(`ALTER TABLE payments ADD CONSTRAINT payments_status_check CHECK (status IN ('pending', 'awaiting_collection'))`);
  }
}
