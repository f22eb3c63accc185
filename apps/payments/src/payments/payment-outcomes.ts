import { Injectable, Logger } from '@nestjs/common';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { RefundIssuer } from '../refunds/refund-issuer';
import { Ledger } from '../wallet/ledger';
import { clearing, platform, wallet } from '../wallet/domain/ledger-rules';
import { Payment } from './payment.entity';
import { PaymentRepository } from './payment.repository';

export interface Capture {
  /** Who took the money: campay, noupay, stripe, paymob, or 'wallet' (the wallet charge has already debited the wallet). */
  provider: string;
  reference: string | null;
  /** Minor units, as the provider reports it. */
  amount: number;
}

/**
 * What happens to a payment when its money arrives, when an attempt fails, or when a provider
 * starts working on it. The provider clients (providers/) and the wallet charge call it, always in
 * their own `tx.run` on a payment row locked with `PaymentRepository.lock`.
 */
@Injectable()
export class PaymentOutcomes {
  private readonly log = new Logger('PaymentOutcomes');

  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly events: EventPublisher,
    private readonly ledger: Ledger,
    private readonly refunds: RefundIssuer,
  ) {}

  /**
   * In the caller's tx.run, on a payment row locked FOR UPDATE. Returns 'succeeded' the first time,
   * 'already_succeeded' if the capture was not applied (the payment had succeeded before: a second
   * capture; or the capture is short of the amount due): the caller gives that capture back.
   * Purpose order → payment.succeeded, or, if the order was cancelled meanwhile, a refund at once instead;
   * wallet_topup → the customer's wallet is credited.
   */
  async succeed(payment: Payment, capture: Capture): Promise<'succeeded' | 'already_succeeded'> {
    this.requireTransaction('succeed');
    if (payment.status === 'succeeded') return 'already_succeeded';
    if (!Number.isSafeInteger(capture.amount) || capture.amount < payment.amount) {
      this.log.warn(`payment ${payment.id}: capture of ${capture.amount} is short of ${payment.amount}; not applied`);
      await this.fail(payment, { provider: capture.provider, reason: 'AMOUNT_MISMATCH', final: false });
      return 'already_succeeded';
    }
    const paidAt = new Date();
    await this.payments.markSucceeded(payment.id, { provider: capture.provider, reference: capture.reference, paidAt });
    Object.assign(payment, { status: 'succeeded', provider: capture.provider, provider_reference: capture.reference ?? payment.provider_reference, paid_at: paidAt, failure_reason: null });

    if (payment.purpose === 'wallet_topup') {
      if (!payment.customer_id) throw new Error(`top-up ${payment.id} has no customer`);
      await this.ledger.post({
        kind: 'wallet_topup',
        reference_type: 'payment',
        reference_id: payment.id,
        idempotency_key: `topup:${payment.id}`,
        memo: `Top-up via ${capture.provider}`,
        lines: [
          { account: clearing(capture.provider, payment.currency), amount: -payment.amount },
          { account: wallet(payment.customer_id, payment.currency), amount: payment.amount },
        ],
      });
      return 'succeeded';
    }

    // The wallet charge moved wallet → escrow itself; provider money arrives through the provider's clearing account.
    if (capture.provider !== 'wallet') {
      await this.ledger.post({
        kind: 'order_payment',
        reference_type: 'payment',
        reference_id: payment.id,
        idempotency_key: `capture:${payment.id}`,
        memo: `Order ${payment.order_id} paid via ${capture.provider}`,
        lines: [
          { account: clearing(capture.provider, payment.currency), amount: -payment.amount },
          { account: platform('order_escrow', payment.currency), amount: payment.amount },
        ],
      });
    }
    if (payment.order_cancelled_at) {
      // Money for an order that is gone: straight back to the payer. Ordering hears only of the refund.
      await this.refunds.refundEverything(payment, { reason: 'Order was cancelled before the payment arrived', trigger: 'late_capture' });
      return 'succeeded';
    }
    await this.events.publish('payment.succeeded', {
      payment_id: payment.id,
      order_id: payment.order_id!,
      method: payment.method,
      provider: capture.provider,
      amount: payment.amount,
      currency: payment.currency,
      provider_reference: payment.provider_reference,
      paid_at: paidAt.toISOString(),
    });
    return 'succeeded';
  }

  /** Marks a non-succeeded payment failed (no-op on a succeeded or cancelled one) and publishes payment.failed. */
  async fail(payment: Payment, failure: { provider: string; reason: string; final: boolean }): Promise<void> {
    this.requireTransaction('fail');
    if (payment.status === 'succeeded' || payment.status === 'cancelled') return;
    await this.payments.markFailed(payment.id, { provider: failure.provider, reason: failure.reason });
    Object.assign(payment, { status: 'failed', provider: failure.provider, failure_reason: failure.reason });
    if (payment.purpose !== 'order' || !payment.order_id) return;
    await this.events.publish('payment.failed', {
      payment_id: payment.id,
      order_id: payment.order_id,
      method: payment.method,
      provider: failure.provider,
      reason: failure.reason,
      final: failure.final,
    });
  }

  /** The provider has the request (a push to the payer's phone, an intent): no event, the outcome follows. */
  async markProcessing(payment: Payment, attempt: { provider: string; reference: string | null }): Promise<void> {
    this.requireTransaction('markProcessing');
    if (!['pending', 'failed', 'processing'].includes(payment.status)) return;
    await this.payments.markProcessing(payment.id, { provider: attempt.provider, reference: attempt.reference });
    Object.assign(payment, { status: 'processing', provider: attempt.provider, provider_reference: attempt.reference ?? payment.provider_reference, failure_reason: null });
  }

  private requireTransaction(what: string): void {
    if (!this.tx.inTransaction) throw new Error(`PaymentOutcomes.${what} must run inside TransactionHost.run() on a locked payment`);
  }
}
