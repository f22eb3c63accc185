import { Injectable, Logger } from '@nestjs/common';
import { ProviderCallError } from '../provider-http';
import { ProviderClients } from '../provider-clients';
import { ProviderTransactionStatus } from '../domain/mobile-money';
import { ProviderRefundRequest, ProviderRefundResult, ProviderRefunds } from '../provider-refunds.port';

function fromProviderStatus(status: ProviderTransactionStatus): ProviderRefundResult['status'] {
  return status === 'succeeded' ? 'succeeded' : status === 'failed' ? 'failed' : 'pending';
}

/**
 * Money back through the provider that took it: Stripe and Paymob refund the capture; CamPay and
 * NouPay cannot reverse a collection, so they pay the payer's number back (a withdrawal/payout).
 * A refusal (4xx) is a `failed` result; an unreachable provider (network, timeout, 5xx) throws
 * ProviderCallError so the caller retries later with the same idempotency key (Stripe and NouPay
 * deduplicate on it; CamPay gets it as the withdrawal's external_reference).
 */
@Injectable()
export class ProviderRefundsService extends ProviderRefunds {
  private readonly log = new Logger('ProviderRefunds');

  constructor(private readonly clients: ProviderClients) {
    super();
  }

  async refund(r: ProviderRefundRequest): Promise<ProviderRefundResult> {
    try {
      return await this.send(r);
    } catch (err) {
      if (err instanceof ProviderCallError && err.kind === 'rejected') {
        this.log.warn(`refund of payment ${r.paymentId} refused: ${err.message}`);
        return { status: 'failed', reference: null, reason: `PROVIDER_REFUSED: ${err.message}` };
      }
      throw err;
    }
  }

  private async send(r: ProviderRefundRequest): Promise<ProviderRefundResult> {
    if (!Number.isSafeInteger(r.amount) || r.amount <= 0) return { status: 'failed', reference: null, reason: 'INVALID_AMOUNT' };
    switch (r.provider) {
      case 'stripe': {
        if (!r.providerReference) return { status: 'failed', reference: null, reason: 'NO_PAYMENT_INTENT' };
        const refund = await this.clients.stripe.refund({
          paymentIntent: r.providerReference,
          amount: r.amount,
          idempotencyKey: r.idempotencyKey,
          metadata: { payment_id: r.paymentId, reason: r.reason.slice(0, 500) },
        });
        const status = refund.status === 'succeeded' ? 'succeeded' : refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'pending';
        return { status, reference: refund.id, ...(status === 'failed' ? { reason: refund.failure_reason ?? 'STRIPE_REFUND_FAILED' } : {}) };
      }
      case 'paymob': {
        if (!r.providerReference || !/^\d+$/.test(r.providerReference)) return { status: 'failed', reference: null, reason: 'NO_PAYMOB_TRANSACTION' };
        const txn = await this.clients.paymob.refund({ transactionId: r.providerReference, amountCents: r.amount });
        const status = txn.pending ? 'pending' : txn.success ? 'succeeded' : 'failed';
        return { status, reference: txn.id !== undefined ? String(txn.id) : null, ...(status === 'failed' ? { reason: txn.data?.message ?? 'PAYMOB_REFUND_FAILED' } : {}) };
      }
      case 'campay':
      case 'noupay': {
        if (!r.payerPhone) return { status: 'failed', reference: null, reason: 'NO_PAYER_PHONE' };
        const payout = await this.clients.mobileMoney(r.provider).payout({
          amount: r.amount,
          currency: r.currency,
          phone: r.payerPhone,
          description: `Refund ${r.reason}`.slice(0, 100),
          externalReference: r.idempotencyKey,
        });
        const status = fromProviderStatus(payout.status);
        return { status, reference: payout.reference, ...(status === 'failed' ? { reason: payout.reason ?? 'PAYOUT_FAILED' } : {}) };
      }
      default:
        return { status: 'failed', reference: null, reason: `NO_REFUND_THROUGH_${r.provider.toUpperCase()}` };
    }
  }
}
