import { Injectable } from '@nestjs/common';
import { RefundDestination } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AfterCommit } from '../transactions/after-commit';
import { Payment } from '../payments/payment.entity';
import { PaymentRepository } from '../payments/payment.repository';
import { Ledger } from '../wallet/ledger';
import { AccountKey, clearing, platform, wallet } from '../wallet/domain/ledger-rules';
import { RefundRepository } from './refund.repository';
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
    private readonly refunds: RefundRepository,
    private readonly payments: PaymentRepository,
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
      const prior = await this.refunds.findByRequestId(ask.requestId);
      if (prior) return prior;
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
    const refund = await this.refunds.lock(refundId);
    if (!refund || refund.status === 'completed' || refund.status === 'failed') return;
    const payment = await this.payments.findById(refund.payment_id);
    const settled = refund.order_id ? await this.refunds.orderSettled(refund.order_id) : false;
    // Before settlement the money is still in escrow; afterwards the platform bears it.
    const source = settled ? platform('platform_expense', refund.currency) : platform('order_escrow', refund.currency);
    const destination: AccountKey =
      refund.destination === 'wallet' ? wallet(payment.customer_id!, refund.currency) : clearing(refund.provider ?? payment.provider, refund.currency);
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
    await this.refunds.markCompleted(refund.id, providerReference);
    const total = await this.refunds.completedTotal(refund.payment_id);
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
    const refund = await this.refunds.lock(refundId);
    if (!refund || refund.status === 'completed' || refund.status === 'failed') return;
    await this.refunds.markFailed(refund.id, reason);
    await this.payments.releaseRefunded(refund.payment_id, refund.amount);
    await this.publishFailed(refund, reason);
  }

  /**
   * For the providers' webhooks: a provider confirmed (or refused) a refund it had accepted for
   * later. By our refund id or the provider's reference of it; unknown or already final → false.
   */
  async settleProviderRefund(key: { refund_id: string } | { provider_reference: string }, outcome: { succeeded: boolean; reason?: string }): Promise<boolean> {
    return this.tx.run(async () => {
      const row = await this.refunds.findStatus(key);
      if (!row || row.status === 'completed' || row.status === 'failed') return false;
      if (outcome.succeeded) await this.complete(row.id);
      else await this.fail(row.id, outcome.reason ?? 'PROVIDER_REFUSED');
      return true;
    });
  }

  private async start(payment: Payment, ask: RefundAsk, plan: Extract<RefundPlan, { kind: 'refund' }>): Promise<RefundRow> {
    // The payments_refund_within_amount check makes an over-refund impossible even if a caller forgot the lock.
    await this.payments.reserveRefunded(payment.id, plan.amount);
    payment.amount_refunded += plan.amount;
    const refund = await this.refunds.insertRequested({
      payment_id: payment.id,
      order_id: payment.order_id,
      amount: plan.amount,
      currency: payment.currency,
      destination: plan.destination,
      provider: payment.provider,
      trigger: ask.trigger,
      reason: ask.reason,
      request_id: ask.requestId ?? null,
      requested_by: ask.requestedBy ?? null,
    });
    if (plan.destination === 'wallet') {
      await this.complete(refund.id);
      return { ...refund, status: 'completed' };
    }
    this.afterCommit.run(() => this.wakeups.wake(refund.id));
    return refund;
  }

  private async recordRejected(payment: Payment, ask: RefundAsk, reason: string, amount: number): Promise<RefundRow> {
    const refund = await this.refunds.insertRejected(
      {
        payment_id: payment.id,
        order_id: payment.order_id,
        amount: Math.max(0, amount),
        currency: payment.currency,
        provider: payment.provider,
        trigger: ask.trigger,
        reason: ask.reason,
        request_id: ask.requestId ?? null,
        requested_by: ask.requestedBy ?? null,
      },
      reason,
    );
    await this.publishFailed(refund, reason);
    return refund;
  }

  private async publishFailed(refund: RefundRow, reason: string): Promise<void> {
    if (!refund.order_id) return;
    await this.events.publish('refund.failed', { refund_id: refund.id, order_id: refund.order_id, payment_id: refund.payment_id, amount: refund.amount, reason });
  }

}
