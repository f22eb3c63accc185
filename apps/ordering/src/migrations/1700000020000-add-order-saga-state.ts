import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order saga: what ordering knows of the money (amount_paid), the one payment re-check
 * it asks for at the payment deadline, the watchdog's scan of unpaid orders, and an audit trail of
 * admins' interventions on an order (status overrides, refund requests, saga resumes).
 */
export class AddOrderSagaState1700000020000 implements MigrationInterface {
  name = 'AddOrderSagaState1700000020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE orders
        ADD COLUMN amount_paid integer NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
        ADD COLUMN payment_check_requested_at timestamptz`);
    // Orders awaiting their payment are few at any time (a payment window's worth): the watchdog scans them all.
    await q.query(`CREATE INDEX orders_awaiting_payment ON orders (created_at) WHERE status = 'created'`);
    await q.query(`CREATE INDEX orders_flagged ON orders (saga_flagged_at) WHERE saga_flagged_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE order_audit_log (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        actor_id uuid,
        action text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX order_audit_log_order ON order_audit_log (order_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE order_audit_log`);
    await q.query(`DROP INDEX orders_flagged`);
    await q.query(`DROP INDEX orders_awaiting_payment`);
    await q.query(`ALTER TABLE orders DROP COLUMN amount_paid, DROP COLUMN payment_check_requested_at`);
  }
}
