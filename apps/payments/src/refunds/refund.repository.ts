import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RefundDestination } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { rowsOf } from '../transactions/sql-rows';
import type { RefundRow, RefundTrigger } from './refund-issuer';

export interface NewRefund {
  payment_id: string;
  order_id: string | null;
  amount: number;
  currency: string;
  destination: RefundDestination | 'none';
  provider: string;
  trigger: RefundTrigger;
  reason: string;
  request_id: string | null;
  requested_by: string | null;
}

export function toRefund(row: Record<string, unknown>): RefundRow {
  return { ...(row as unknown as RefundRow), amount: Number(row.amount), attempts: Number(row.attempts ?? 0) };
}

/**
 * The refunds table (no entity: its claims are conditional updates with a back-off computed in
 * SQL). Every statement on it is here; the rules stay in RefundIssuer and the dispatcher.
 */
@Injectable()
export class RefundRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get manager() {
    return this.tx.manager;
  }

  async findByRequestId(requestId: string): Promise<RefundRow | null> {
    const [row] = await this.manager.query(`SELECT * FROM refunds WHERE request_id = $1`, [requestId]);
    return row ? toRefund(row) : null;
  }

  /** Locked FOR UPDATE until the caller's transaction ends. */
  async lock(id: string): Promise<RefundRow | null> {
    const [row] = await this.manager.query(`SELECT * FROM refunds WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toRefund(row) : null;
  }

  async findStatus(key: { refund_id: string } | { provider_reference: string }): Promise<{ id: string; status: string } | null> {
    const [row] =
      'refund_id' in key
        ? await this.manager.query(`SELECT id, status FROM refunds WHERE id = $1`, [key.refund_id])
        : await this.manager.query(`SELECT id, status FROM refunds WHERE provider_reference = $1`, [key.provider_reference]);
    return row ?? null;
  }

  /** A refund to carry out, due at once. */
  async insertRequested(r: NewRefund): Promise<RefundRow> {
    const [row] = await this.manager.query(
      `INSERT INTO refunds (id, payment_id, order_id, amount, currency, destination, provider, status, trigger, reason, request_id, requested_by, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'requested', $8, $9, $10, $11, now()) RETURNING *`,
      [randomUUID(), r.payment_id, r.order_id, r.amount, r.currency, r.destination, r.provider, r.trigger, r.reason, r.request_id, r.requested_by],
    );
    return toRefund(row);
  }

  /** A refund refused at once (nothing to give back, too much asked), kept as the answer to its request. */
  async insertRejected(r: Omit<NewRefund, 'destination'>, failureReason: string): Promise<RefundRow> {
    const [row] = await this.manager.query(
      `INSERT INTO refunds (id, payment_id, order_id, amount, currency, destination, provider, status, trigger, reason, request_id, requested_by, failure_reason)
       VALUES ($1, $2, $3, $4, $5, 'none', $6, 'failed', $7, $8, $9, $10, $11) RETURNING *`,
      [randomUUID(), r.payment_id, r.order_id, r.amount, r.currency, r.provider, r.trigger, r.reason, r.request_id, r.requested_by, failureReason],
    );
    return toRefund(row);
  }

  async markCompleted(id: string, providerReference: string | null): Promise<void> {
    await this.manager.query(
      `UPDATE refunds SET status = 'completed', provider_reference = COALESCE($2, provider_reference), completed_at = now(), updated_at = now() WHERE id = $1`,
      [id, providerReference],
    );
  }

  async markFailed(id: string, reason: string): Promise<void> {
    await this.manager.query(`UPDATE refunds SET status = 'failed', failure_reason = $2, updated_at = now() WHERE id = $1`, [id, reason]);
  }

  /** The provider accepted the refund for later: its outcome comes by webhook. */
  async markPending(id: string, providerReference: string | null): Promise<void> {
    await this.manager.query(`UPDATE refunds SET status = 'pending', provider_reference = $2, updated_at = now() WHERE id = $1 AND status = 'sending'`, [id, providerReference]);
  }

  /** What the payment's completed refunds add up to. */
  async completedTotal(paymentId: string): Promise<number> {
    const [{ total }] = await this.manager.query(`SELECT COALESCE(SUM(amount), 0)::int AS total FROM refunds WHERE payment_id = $1 AND status = 'completed'`, [paymentId]);
    return total;
  }

  /** The provider refunds due to be sent (at most 20, the longest waiting first). */
  async dueProviderRefundIds(): Promise<string[]> {
    const due: Array<{ id: string }> = await this.manager.query(
      `SELECT id FROM refunds WHERE status IN ('requested', 'sending') AND destination = 'provider' AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT 20`,
    );
    return due.map((r) => r.id);
  }

  /**
   * Claims a due provider refund for one attempt: the next attempt waits `backoffSeconds` times the
   * attempts so far, so a slow call is not doubled. Null when another replica or attempt has it.
   */
  async claimForSending(id: string, backoffSeconds: number): Promise<RefundRow | null> {
    const [claimed] = rowsOf(await this.manager.query(
      `UPDATE refunds SET status = 'sending', attempts = attempts + 1, updated_at = now(),
              next_attempt_at = now() + make_interval(secs => $2 * (attempts + 1))
        WHERE id = $1 AND status IN ('requested', 'sending') AND destination = 'provider' AND next_attempt_at <= now()
        RETURNING *`,
      [id, backoffSeconds],
    ));
    return claimed ? toRefund(claimed) : null;
  }

  /** Whether the order was settled (its commission record exists): a later refund is the platform's expense. */
  async orderSettled(orderId: string): Promise<boolean> {
    const rows = await this.manager.query(`SELECT 1 FROM commission_records WHERE order_id = $1`, [orderId]);
    return rows.length > 0;
  }
}
