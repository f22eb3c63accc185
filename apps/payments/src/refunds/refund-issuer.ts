import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RefundDestination } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AfterCommit } from '../transactions/after-commit';
import { Payment } from '../payments/payment.entity';
import { Ledger } from '../wallet/ledger';
import { AccountKey, clearing, platform, wallet } from '../wallet/domain/ledger-rules';
import { RefundWakeups } from './refund-wakeups';
import { RefundPlan, planRefund } from './domain/refund-rules';

export type RefundTrigger = 'order_cancelled' | 'late_capture' | 'admin';
export type RefundStatus = 'requested' | 'sending' | 'pending' | 'completed' | 'failed';

export interface RefundRow {
  id: string;
  payment_id: string;
  order_id: string | null;
  amount: number;
  currency: string;
  destination: RefundDestination;
  provider: string | null;
  status: RefundStatus;
  trigger: RefundTrigger;
  reason: string;
  request_id: string | null;
  requested_by: string | null;
  provider_reference: string | null;
  failure_reason: string | null;
  attempts: number;
  completed_at: Date | null;
  created_at: Date;
}

export interface RefundAsk {
  /** Minor units; null/absent = everything captured and not yet refunded. */
  amount?: number | null;
  reason: string;
  trigger: RefundTrigger;
  /** Credit the customer's wallet even if the payment came through a provider. */
  toWallet?: boolean;
  /** The admin's refund request id: asking twice refunds once. */
  requestId?: string | null;
  requestedBy?: string | null;
}

/**
 * Records refunds against a payment the caller has locked, and finishes them: wallet refunds at
 * once, provider refunds after the commit (the dispatcher calls the provider). Never more than was
 * captured: the amount is reserved in payments.amount_refunded under the payment's lock.
 */
@Injectable()
export class RefundIssuer {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly ledger: Ledger,
    private readonly afterCommit: AfterCommit,
    private readonly wakeups: RefundWakeups,
  ) {}

  /** Whatever is still captured goes back (a cancelled order). Nothing to give back → null. */
  refundEverything(payment: Payment, ask: { reason: string; trigger: RefundTrigger }): Promise<RefundRow | null> {
    return this.issue(payment, { ...ask, amount: null });
  }

  /** In the caller's transaction, on a payment locked with PaymentRepository.lock. */
  async issue(payment: Payment, ask: RefundAsk): Promise<RefundRow | null> {
    if (ask.requestId) {
      const [prior] = await this.tx.manager.query(`SELECT * FROM refunds WHERE request_id = $1`, [ask.requestId]);
      if (prior) return toRefund(prior);
    }
    const plan = planRefund(
      { status: payment.status, provider: payment.provider, amount: payment.amount, amount_refunded: payment.amount_refunded, customer_id: payment.customer_id },
      { amount: ask.amount ?? null, toWallet: ask.toWallet ?? false },
    );
    if (plan.kind === 'nothing') {
      // A cancellation with nothing left to give back is not an error; an admin's request is answered.
      if (ask.trigger !== 'admin') return null;
      return this.recordRejected(payment, ask, plan.reason, ask.amount ?? 0);
    }
    if (plan.kind === 'rejected') return this.recordRejected(payment, ask, plan.reason, ask.amount ?? 0);
    return this.start(payment, ask, plan);
  }

  /** The refund is done (wallet credited, or the provider confirmed): books it and tells ordering. */
  async complete(refundId: string, providerReference: string | null = null): Promise<void> {
    const refund = await this.lockRefund(refundId);
    if (!refund || refund.status === 'completed' || refund.status === 'failed') return;
    const [payment] = await this.tx.manager.query(`SELECT * FROM payments WHERE id = $1`, [refund.payment_id]);
    const settled = refund.order_id ? await this.isSettled(refund.order_id) : false;
    // Before settlement the money is still in escrow; afterwards the platform bears it.
    const source = settled ? platform('platform_expense', refund.currency) : platform('order_escrow', refund.currency);
    const destination: AccountKey =
      refund.destination === 'wallet' ? wallet(payment.customer_id, refund.currency) : clearing(refund.provider ?? payment.provider, refund.currency);
    await this.ledger.post({
      kind: 'refund',
      reference_type: 'refund',
      reference_id: refund.id,
      idempotency_key: `refund:${refund.id}`,
      memo: refund.reason,
      lines: [
        { account: source, amount: -refund.amount },
        { account: destination, amount: refund.amount },
      ],
    });
    await this.tx.manager.query(
      `UPDATE refunds SET status = 'completed', provider_reference = COALESCE($2, provider_reference), completed_at = now(), updated_at = now() WHERE id = $1`,
      [refund.id, providerReference],
    );
    const [{ total }] = await this.tx.manager.query(
      `SELECT COALESCE(SUM(amount), 0)::int AS total FROM refunds WHERE payment_id = $1 AND status = 'completed'`,
      [refund.payment_id],
    );
    await this.events.publish('refund.completed', {
      refund_id: refund.id,
      order_id: refund.order_id!,
      payment_id: refund.payment_id,
      amount: refund.amount,
      currency: refund.currency,
      destination: refund.destination,
      total_refunded: total,
      fully_refunded: total >= payment.amount,
      reason: refund.reason,
    });
  }

  /** The refund could not be done: its amount is released and ordering is told. */
  async fail(refundId: string, reason: string): Promise<void> {
    const refund = await this.lockRefund(refundId);
    if (!refund || refund.status === 'completed' || refund.status === 'failed') return;
    await this.tx.manager.query(`UPDATE refunds SET status = 'failed', failure_reason = $2, updated_at = now() WHERE id = $1`, [refund.id, reason]);
    await this.tx.manager.query(`UPDATE payments SET amount_refunded = amount_refunded - $2, updated_at = now() WHERE id = $1`, [refund.payment_id, refund.amount]);
    await this.publishFailed(refund, reason);
  }

  /**
   * For the providers' webhooks: a provider confirmed (or refused) a refund it had accepted for
   * later. By our refund id or the provider's reference of it; unknown or already final → false.
   */
  async settleProviderRefund(key: { refund_id: string } | { provider_reference: string }, outcome: { succeeded: boolean; reason?: string }): Promise<boolean> {
    return this.tx.run(async () => {
      const [row] =
        'refund_id' in key
          ? await this.tx.manager.query(`SELECT id, status FROM refunds WHERE id = $1`, [key.refund_id])
          : await this.tx.manager.query(`SELECT id, status FROM refunds WHERE provider_reference = $1`, [key.provider_reference]);
      if (!row || row.status === 'completed' || row.status === 'failed') return false;
      if (outcome.succeeded) await this.complete(row.id);
      else await this.fail(row.id, outcome.reason ?? 'PROVIDER_REFUSED');
      return true;
    });
  }

  private async start(payment: Payment, ask: RefundAsk, plan: Extract<RefundPlan, { kind: 'refund' }>): Promise<RefundRow> {
    // The payments_refund_within_amount check makes an over-refund impossible even if a caller forgot the lock.
    await this.tx.manager.query(`UPDATE payments SET amount_refunded = amount_refunded + $2, updated_at = now() WHERE id = $1`, [payment.id, plan.amount]);
    payment.amount_refunded += plan.amount;
    const [row] = await this.tx.manager.query(
      `INSERT INTO refunds (id, payment_id, order_id, amount, currency, destination, provider, status, trigger, reason, request_id, requested_by, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'requested', $8, $9, $10, $11, now()) RETURNING *`,
      [randomUUID(), payment.id, payment.order_id, plan.amount, payment.currency, plan.destination, payment.provider, ask.trigger, ask.reason, ask.requestId ?? null, ask.requestedBy ?? null],
    );
    const refund = toRefund(row);
    if (plan.destination === 'wallet') {
      await this.complete(refund.id);
      return { ...refund, status: 'completed' };
    }
    this.afterCommit.run(() => this.wakeups.wake(refund.id));
    return refund;
  }

  private async recordRejected(payment: Payment, ask: RefundAsk, reason: string, amount: number): Promise<RefundRow> {
    const [row] = await this.tx.manager.query(
      `INSERT INTO refunds (id, payment_id, order_id, amount, currency, destination, provider, status, trigger, reason, request_id, requested_by, failure_reason)
       VALUES ($1, $2, $3, $4, $5, 'none', $6, 'failed', $7, $8, $9, $10, $11) RETURNING *`,
      [randomUUID(), payment.id, payment.order_id, Math.max(0, amount), payment.currency, payment.provider, ask.trigger, ask.reason, ask.requestId ?? null, ask.requestedBy ?? null, reason],
    );
    const refund = toRefund(row);
    await this.publishFailed(refund, reason);
    return refund;
  }

  private async publishFailed(refund: RefundRow, reason: string): Promise<void> {
    if (!refund.order_id) return;
    await this.events.publish('refund.failed', { refund_id: refund.id, order_id: refund.order_id, payment_id: refund.payment_id, amount: refund.amount, reason });
  }

  private async lockRefund(id: string): Promise<RefundRow | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM refunds WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toRefund(row) : null;
  }

  private async isSettled(orderId: string): Promise<boolean> {
    const rows = await this.tx.manager.query(`SELECT 1 FROM commission_records WHERE order_id = $1`, [orderId]);
    return rows.length > 0;
  }
}

export function toRefund(row: Record<string, unknown>): RefundRow {
  return { ...(row as unknown as RefundRow), amount: Number(row.amount), attempts: Number(row.attempts ?? 0) };
}
