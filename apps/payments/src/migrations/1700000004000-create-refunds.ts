import { MigrationInterface, QueryRunner } from 'typeorm';

/** Money given back on a payment (its cancellation, a late capture, an admin's refund). */
export class CreateRefunds1700000004000 implements MigrationInterface {
  name = 'CreateRefunds1700000004000';

  async up(q: QueryRunner): Promise<void> {
    // requested: recorded, the provider not yet asked; sending: a call is under way; pending: the
    // provider accepted it and confirms later; completed / failed are final. A refund's amount counts in
    // payments.amount_refunded from the moment it is requested until it fails, so concurrent refunds can
    // never exceed the capture (payments_refund_within_amount).
    await q.query(`
      CREATE TABLE refunds (
        id uuid PRIMARY KEY,
        payment_id uuid NOT NULL REFERENCES payments (id),
        order_id uuid,
        amount integer NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        destination text NOT NULL CHECK (destination IN ('wallet', 'provider', 'none')),
        provider text,
        status text NOT NULL CHECK (status IN ('requested', 'sending', 'pending', 'completed', 'failed')),
        trigger text NOT NULL CHECK (trigger IN ('order_cancelled', 'late_capture', 'admin')),
        reason text NOT NULL,
        request_id uuid UNIQUE,
        requested_by uuid,
        provider_reference text,
        failure_reason text,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refunds_payment ON refunds (payment_id)`);
    await q.query(`CREATE INDEX refunds_order ON refunds (order_id)`);
    await q.query(`CREATE INDEX refunds_due ON refunds (next_attempt_at) WHERE status IN ('requested', 'sending')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refunds`);
  }
}
