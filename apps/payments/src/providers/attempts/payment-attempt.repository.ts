import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { ACTIVE_ATTEMPT_STATUSES, AttemptStatus, PaymentAttempt, ProviderName } from './payment-attempt.entity';

/** Our reference of an attempt: short, unique, safe in every provider's reference field. */
export function newExternalReference(): string {
  return `pl_${randomUUID().replace(/-/g, '')}`;
}

/**
 * The payment_attempts table, read and written inside the caller's transaction (TransactionHost).
 * Raw SQL where the claims need FOR UPDATE SKIP LOCKED or a join with the payment.
 */
@Injectable()
export class PaymentAttemptRepository {
  constructor(private readonly tx: TransactionHost) {}

  async create(a: { paymentId: string; provider: ProviderName; status: AttemptStatus; amount: number; currency: string; phone?: string | null }): Promise<PaymentAttempt> {
    const [row] = await this.tx.manager.query(
      `INSERT INTO payment_attempts (id, payment_id, provider, external_reference, status, amount, currency, phone)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [randomUUID(), a.paymentId, a.provider, newExternalReference(), a.status, a.amount, a.currency, a.phone ?? null],
    );
    return row as PaymentAttempt;
  }

  /** The attempt in flight for a payment, if any (at most one: a unique index says so). */
  async active(paymentId: string): Promise<PaymentAttempt | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE payment_id = $1 AND status = ANY($2) FOR UPDATE`, [paymentId, ACTIVE_ATTEMPT_STATUSES]);
    return (row as PaymentAttempt) ?? null;
  }

  async lock(id: string): Promise<PaymentAttempt | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE id = $1 FOR UPDATE`, [id]);
    return (row as PaymentAttempt) ?? null;
  }

  async find(provider: ProviderName, key: { externalReference?: string | null; providerReference?: string | null }): Promise<PaymentAttempt | null> {
    if (key.externalReference) {
      const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE external_reference = $1 AND provider = $2`, [key.externalReference, provider]);
      if (row) return row as PaymentAttempt;
    }
    if (key.providerReference) {
      const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE provider_reference = $1 AND provider = $2`, [key.providerReference, provider]);
      if (row) return row as PaymentAttempt;
    }
    return null;
  }

  async update(id: string, changes: Partial<Omit<PaymentAttempt, 'id' | 'payment_id' | 'created_at' | 'updated_at'>>): Promise<void> {
    const keys = Object.keys(changes);
    if (!keys.length) return;
    const sets = keys.map((k, i) => `${k} = $${i + 2}`).join(', ');
    await this.tx.manager.query(`UPDATE payment_attempts SET ${sets}, updated_at = now() WHERE id = $1`, [id, ...keys.map((k) => (changes as Record<string, unknown>)[k])]);
  }

  /** An attempt as stored, unlocked. */
  async findById(id: string): Promise<PaymentAttempt | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE id = $1`, [id]);
    return (row as PaymentAttempt) ?? null;
  }

  /** A payment's newest attempt (after a fallback: the one the payment moved on to). */
  async latestOf(paymentId: string): Promise<PaymentAttempt | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE payment_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, [paymentId]);
    return (row as PaymentAttempt) ?? null;
  }

  /** Which payment an attempt is for (read before the payment is locked: payment first, then attempt). */
  async paymentIdOf(id: string): Promise<string | null> {
    const [row] = await this.tx.manager.query(`SELECT payment_id FROM payment_attempts WHERE id = $1`, [id]);
    return row?.payment_id ?? null;
  }

  /** Attempts whose status check is due, claimed (SKIP LOCKED) so that one replica asks about each. */
  async claimDueChecks(limit: number): Promise<Array<{ id: string; created_at: Date }>> {
    return this.tx.manager.query(
      `SELECT id, created_at FROM payment_attempts
       WHERE next_check_at <= now() AND status IN ('processing', 'abandoned')
       ORDER BY next_check_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  /** Attempts left 'initiating' for longer than `staleSeconds` (a crash mid-call) become abandoned: the poll asks about them. */
  async abandonStaleInitiations(staleSeconds: number): Promise<void> {
    await this.tx.manager.query(
      `UPDATE payment_attempts SET status = 'abandoned', failure_reason = 'INITIATION_INTERRUPTED', updated_at = now()
       WHERE status = 'initiating' AND updated_at < now() - make_interval(secs => $1)`,
      [staleSeconds],
    );
  }

  /** Mobile-money order payments with a payer phone that no attempt was ever made for, claimed (SKIP LOCKED). */
  async claimNeverStartedPayments(limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `SELECT p.id FROM payments p
       WHERE p.purpose = 'order' AND p.method IN ('campay', 'noupay') AND p.status = 'pending' AND p.payer_phone IS NOT NULL
         AND p.order_cancelled_at IS NULL AND p.created_at < now() - interval '15 seconds' AND p.created_at > now() - interval '1 hour'
         AND NOT EXISTS (SELECT 1 FROM payment_attempts a WHERE a.payment_id = p.id)
       ORDER BY p.created_at LIMIT $1 FOR UPDATE OF p SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Attempts whose double-capture refund is due, claimed (SKIP LOCKED). */
  async claimDueRefunds(limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `SELECT id FROM payment_attempts WHERE status = 'refund_pending' AND next_check_at <= now() ORDER BY next_check_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** One due double-capture refund, locked (SKIP LOCKED), with its payment's payer phone. */
  async lockDueRefund(id: string): Promise<(PaymentAttempt & { payment_payer_phone: string | null }) | null> {
    const [row] = await this.tx.manager.query(
      `SELECT a.*, p.payer_phone AS payment_payer_phone FROM payment_attempts a JOIN payments p ON p.id = a.payment_id
       WHERE a.id = $1 AND a.status = 'refund_pending' AND a.next_check_at <= now() FOR UPDATE OF a SKIP LOCKED`,
      [id],
    );
    return row ?? null;
  }

  /** A recent attempt of the order's payment that may still bring money (the customer asked us to check). */
  async recentCheckableOfOrder(orderId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `SELECT a.id FROM payment_attempts a JOIN payments p ON p.id = a.payment_id
       WHERE p.order_id = $1 AND a.status IN ('processing', 'abandoned', 'expired', 'failed') AND a.created_at > now() - interval '2 days'`,
      [orderId],
    );
    return rows.map((r) => r.id);
  }
}
