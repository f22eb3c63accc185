import { Injectable, Logger } from '@nestjs/common';
import { CheckoutView, ConflictError, NotFoundError, normalizePhone } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentOutcomes } from '../../payments/payment-outcomes';
import { PaymentException } from '../../payments/payment.exception';
import { Payment } from '../../payments/payment.entity';
import { AttemptResolver } from '../attempts/attempt-resolver';
import { PaymentAttemptRepository } from '../attempts/payment-attempt.repository';
import { PaymentAttempt } from '../attempts/payment-attempt.entity';
import { ProviderCallError } from '../provider-http';
import { ProviderClients } from '../provider-clients';
import { MobileMoneyProvider } from '../providers.config';
import { notPayable } from '../domain/checkout-rules';
import { toCheckoutView } from './checkout-view';
import { PaymentRepository } from '../../payments/payment.repository';

/** Records the attempt a request acts on under its Idempotency-Key, in the attempt's own transaction. */
export type RecordAttempt = (attemptId: string) => Promise<void>;

type Claim = { kind: 'existing'; payment: Payment; attempt: PaymentAttempt } | { kind: 'new'; payment: Payment; attempt: PaymentAttempt };

/**
 * Mobile money (CamPay primary, NouPay backup): pushes a payment request to the payer's phone; the
 * money is confirmed later by webhook or status poll. One attempt in flight per payment. When the
 * provider cannot be reached (network, timeout, 5xx) the same payment goes to the next provider of
 * the chain; the attempt left behind is `abandoned` (if its request reached the provider after all
 * and the payer approves it, its capture is refunded as a second one). A refusal (4xx: a bad
 * number...) does not fall back: another provider would refuse it too.
 */
@Injectable()
export class MobileMoneyCheckout {
  private readonly log = new Logger('MobileMoneyCheckout');

  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly clients: ProviderClients,
    private readonly attempts: PaymentAttemptRepository,
    private readonly outcomes: PaymentOutcomes,
    private readonly resolver: AttemptResolver,
  ) {}

  /**
   * Pushes the payment to `phone` (E.164 or national; the payment's payer phone when absent).
   * Callable from anywhere, after the payment's transaction has committed: it runs outside any
   * transaction. Returns the attempt in flight if there already is one for the same number.
   * `record` is given the attempt before the provider is called.
   */
  initiate(paymentId: string, phone?: string | null, record?: RecordAttempt): Promise<CheckoutView> {
    return this.tx.outside(async () => {
      const claim = await this.claim(paymentId, phone ?? null, record);
      if (claim.kind === 'existing') return toCheckoutView(claim.payment, claim.attempt);
      return this.send(claim.payment, claim.attempt);
    });
  }

  /** The payment as its recorded attempt left it (or the attempt it fell back to): no provider call. */
  async viewOfAttempt(attemptId: string): Promise<CheckoutView> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt) throw new NotFoundError('Payment attempt');
    const payment = await this.payments.findById(attempt.payment_id);
    return toCheckoutView(payment, (await this.attempts.latestOf(payment.id)) ?? attempt);
  }

  private claim(paymentId: string, requestedPhone: string | null, record?: RecordAttempt): Promise<Claim> {
    return this.tx.run(async () => {
      const payment = await this.payments.lock({ id: paymentId });
      if (!payment) throw new NotFoundError('Payment not found');
      const method = payment.method;
      if (method !== 'campay' && method !== 'noupay') throw new PaymentException('PAYMENT_METHOD_MISMATCH', `This payment is made by ${method}, not mobile money`);
      const problem = notPayable(payment, method);
      if (problem) throw new PaymentException(problem.code, problem.message);
      const phone = requestedPhone ? normalizePhone(requestedPhone) : payment.payer_phone;
      if (requestedPhone && !phone) throw PaymentException.invalidInput('phone', 'phone must be a valid phone number');
      if (!phone) throw PaymentException.invalidInput('phone', 'phone is required: this order has no payer phone');

      const active = await this.attempts.active(payment.id);
      if (active) {
        if (active.phone === phone) {
          await record?.(active.id);
          return { kind: 'existing', payment, attempt: active };
        }
        throw new ConflictError(`A payment request is already waiting on ${maskPhone(active.phone)}; approve or decline it first`);
      }
      if (payment.payer_phone !== phone) {
        // Refunds pay back the number that paid.
        await this.payments.setPayerPhone(payment.id, phone);
        payment.payer_phone = phone;
      }
      const [first] = this.clients.mobileMoneyChain(method);
      const attempt = await this.attempts.create({ paymentId: payment.id, provider: first, status: 'initiating', amount: payment.amount, currency: payment.currency.trim(), phone });
      await record?.(attempt.id);
      return { kind: 'new', payment, attempt };
    });
  }

  /** Calls the attempt's provider, falling back along the chain while providers are unreachable. */
  private async send(payment: Payment, first: PaymentAttempt): Promise<CheckoutView> {
    const chain = this.clients.mobileMoneyChain(payment.method as MobileMoneyProvider);
    let attempt = first;
    for (;;) {
      const client = this.clients.mobileMoney(attempt.provider as MobileMoneyProvider);
      try {
        const result = await client.collect({
          amount: attempt.amount,
          currency: attempt.currency,
          phone: attempt.phone!,
          description: payment.purpose === 'wallet_topup' ? 'Platter wallet top-up' : `Platter order ${payment.order_id?.slice(0, 8) ?? ''}`.trim(),
          externalReference: attempt.external_reference,
        });
        return await this.tx.run(async () => {
          const locked = (await this.payments.lock({ id: payment.id }))!;
          // A webhook may have settled the attempt already (it finds it by our reference): never step it back.
          const current = (await this.attempts.lock(attempt.id))!;
          const stillStarting = current.status === 'initiating';
          const changes = { provider_reference: result.reference, ussd_code: result.ussdCode, operator: result.operator };
          const all = stillStarting ? { ...changes, status: 'processing' as const, next_check_at: this.resolver.firstCheckAt() } : changes;
          await this.attempts.update(attempt.id, all);
          if (stillStarting) await this.outcomes.markProcessing(locked, { provider: attempt.provider, reference: result.reference });
          return toCheckoutView(locked, { ...current, ...all });
        });
      } catch (err) {
        if (!(err instanceof ProviderCallError)) {
          await this.tx.run(() => this.attempts.update(attempt.id, { status: 'abandoned', failure_reason: 'INTERNAL_ERROR' }));
          throw err;
        }
        this.log.warn(`payment ${payment.id}: ${err.message}`);
        const next = err.kind === 'unavailable' ? chain[chain.indexOf(attempt.provider as MobileMoneyProvider) + 1] : undefined;
        const moved = await this.tx.run(async () => {
          const locked = (await this.payments.lock({ id: payment.id }))!;
          // A request that may have reached the provider stays answerable (webhook, poll) as `abandoned`.
          await this.attempts.update(attempt.id, {
            status: err.mayHaveReachedProvider ? 'abandoned' : 'failed',
            failure_reason: err.message.slice(0, 500),
            next_check_at: null,
          });
          if (next && locked.status !== 'succeeded') {
            return this.attempts.create({ paymentId: payment.id, provider: next, status: 'initiating', amount: attempt.amount, currency: attempt.currency, phone: attempt.phone });
          }
          const reason = err.kind === 'unavailable' ? 'PROVIDER_UNAVAILABLE' : 'PROVIDER_REFUSED';
          await this.outcomes.fail(locked, { provider: attempt.provider, reason, final: false });
          return null;
        });
        if (!moved) {
          throw new PaymentException('PAYMENT_GATEWAY_ERROR', err.kind === 'unavailable' ? 'Mobile money is unavailable right now; try again shortly' : `The provider refused the payment request: ${err.message}`);
        }
        this.log.warn(`payment ${payment.id}: falling back from ${attempt.provider} to ${moved.provider}`);
        attempt = moved;
      }
    }
  }
}

function maskPhone(phone: string | null): string {
  return phone ? `${phone.slice(0, 4)}…${phone.slice(-2)}` : 'another number';
}
