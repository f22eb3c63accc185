import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payment providers: every call to a provider is an attempt (traceable, idempotent through our
 * external_reference), every webhook received is kept, and customers' Idempotency-Keys on the
 * initiate routes replay their first answer.
 */
export class CreateProviderAttempts1700000010000 implements MigrationInterface {
  name = 'CreateProviderAttempts1700000010000';

  async up(q: QueryRunner): Promise<void> {
    // queued: to be sent by the sweeper; initiating: the call is under way; processing: the provider
    // has it; abandoned: its call failed or timed out and another provider got the payment (a late
    // success is still honoured, then refunded if the payment was already paid); expired: no answer
    // in time (a late webhook still counts); refund_pending/refunded/refund_failed: a second capture
    // being given back.
    await q.query(`
      CREATE TABLE payment_attempts (
        id uuid PRIMARY KEY,
        payment_id uuid NOT NULL REFERENCES payments (id),
        provider text NOT NULL CHECK (provider IN ('campay', 'noupay', 'stripe', 'paymob')),
        external_reference text NOT NULL UNIQUE,
        provider_reference text,
        status text NOT NULL CHECK (status IN ('queued', 'initiating', 'processing', 'succeeded', 'failed', 'abandoned', 'expired',
          'refund_pending', 'refunded', 'refund_failed')),
        amount integer NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        phone text,
        client_secret text,
        redirect_url text,
        ussd_code text,
        operator text,
        failure_reason text,
        captured_amount integer,
        capture_reference text,
        refund_reference text,
        next_check_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One attempt in flight per payment: the database refuses a second (never two pushes at once).
    await q.query(`CREATE UNIQUE INDEX payment_attempts_one_active ON payment_attempts (payment_id) WHERE status IN ('queued', 'initiating', 'processing')`);
    await q.query(`CREATE INDEX payment_attempts_payment ON payment_attempts (payment_id, created_at)`);
    await q.query(`CREATE UNIQUE INDEX payment_attempts_provider_reference ON payment_attempts (provider, provider_reference) WHERE provider_reference IS NOT NULL`);
    await q.query(`CREATE INDEX payment_attempts_due ON payment_attempts (next_check_at) WHERE next_check_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE webhook_receipts (
        id uuid PRIMARY KEY,
        provider text NOT NULL,
        event_id text,
        signature_valid boolean NOT NULL,
        first_delivery boolean NOT NULL DEFAULT false,
        payload text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        query jsonb NOT NULL DEFAULT '{}',
        attempt_id uuid,
        outcome text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A provider event takes effect once: its first verified delivery; later ones are kept as duplicates.
    await q.query(`CREATE UNIQUE INDEX webhook_receipts_once ON webhook_receipts (provider, event_id) WHERE first_delivery`);
    await q.query(`CREATE INDEX webhook_receipts_received ON webhook_receipts (received_at)`);

    await q.query(`
      CREATE TABLE payment_request_keys (
        customer_id uuid NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (customer_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payment_request_keys`);
    await q.query(`DROP TABLE webhook_receipts`);
    await q.query(`DROP TABLE payment_attempts`);
  }
}
