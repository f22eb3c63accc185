import { Injectable, Logger } from '@nestjs/common';
import { CheckoutView, ConflictError, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentOutcomes } from '../../payments/payment-outcomes';
import { PaymentException } from '../../payments/payment.exception';
import { Payment } from '../../payments/payment.entity';
import { AttemptResolver } from '../attempts/attempt-resolver';
import { PaymentAttemptRepository } from '../attempts/payment-attempt.repository';
import { PaymentAttempt } from '../attempts/payment-attempt.entity';
import { ProviderCallError } from '../provider-http';
import { ProviderClients } from '../provider-clients';
import { notPayable } from '../domain/checkout-rules';
import { toCheckoutView } from './checkout-view';
import { RecordAttempt } from './mobile-money-checkout';
import { PaymentRepository } from '../../payments/payment.repository';

type CardProvider = 'stripe' | 'paymob';

/**
 * Card payments the payer completes in the browser: a Stripe PaymentIntent (the client confirms it
 * with its client_secret) or a Paymob order and payment key (the client opens the iframe). Asking
 * again while the attempt is open returns the same intent or iframe; the outcome comes by webhook
 * (or the status poll).
 */
@Injectable()
export class CardCheckout {
  private readonly log = new Logger('CardCheckout');

  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly clients: ProviderClients,
    private readonly attempts: PaymentAttemptRepository,
    private readonly outcomes: PaymentOutcomes,
    private readonly resolver: AttemptResolver,
  ) {}

  /** `record` is given the attempt before the provider is called. */
  start(paymentId: string, provider: CardProvider, record?: RecordAttempt): Promise<CheckoutView> {
    return this.tx.outside(async () => {
      const claim = await this.claim(paymentId, provider, record);
      if ('existing' in claim) return this.view(claim.payment, claim.existing);
      try {
        return provider === 'stripe' ? await this.createIntent(claim.payment, claim.attempt) : await this.createPaymobCheckout(claim.payment, claim.attempt);
      } catch (err) {
        await this.tx.run(() =>
          this.attempts.update(claim.attempt.id, {
            status: err instanceof ProviderCallError && err.mayHaveReachedProvider ? 'abandoned' : 'failed',
            failure_reason: (err as Error).message.slice(0, 500),
          }),
        );
        if (err instanceof ProviderCallError) {
          this.log.warn(`payment ${paymentId}: ${err.message}`);
          throw new PaymentException('PAYMENT_GATEWAY_ERROR', `${provider === 'stripe' ? 'Stripe' : 'Paymob'} could not start the payment; try again shortly`);
        }
        throw err;
      }
    });
  }

  /** The payment as its recorded attempt left it (or a later attempt of the payment): no provider call. */
  async viewOfAttempt(attemptId: string): Promise<CheckoutView> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt) throw new NotFoundError('Payment attempt');
    const payment = await this.payments.findById(attempt.payment_id);
    return this.view(payment, (await this.attempts.latestOf(payment.id)) ?? attempt);
  }

  private claim(paymentId: string, provider: CardProvider, record?: RecordAttempt): Promise<{ payment: Payment; existing: PaymentAttempt } | { payment: Payment; attempt: PaymentAttempt }> {
    return this.tx.run(async () => {
      const payment = await this.payments.lock({ id: paymentId });
      if (!payment) throw new NotFoundError('Payment not found');
      const problem = notPayable(payment, provider);
      if (problem) throw new PaymentException(problem.code, problem.message);
      const active = await this.attempts.active(payment.id);
      if (active) {
        if (active.status === 'processing' && active.provider === provider) {
          await record?.(active.id);
          return { payment, existing: active };
        }
        throw new ConflictError('This payment is being started by another request; try again in a moment');
      }
      const attempt = await this.attempts.create({ paymentId: payment.id, provider, status: 'initiating', amount: payment.amount, currency: payment.currency.trim(), phone: payment.payer_phone });
      await record?.(attempt.id);
      return { payment, attempt };
    });
  }

  private async createIntent(payment: Payment, attempt: PaymentAttempt): Promise<CheckoutView> {
    const intent = await this.clients.stripe.createPaymentIntent({
      amount: attempt.amount,
      currency: attempt.currency,
      // The attempt's reference: a retried call gets the same intent back from Stripe.
      idempotencyKey: attempt.external_reference,
      description: payment.purpose === 'wallet_topup' ? 'Platter wallet top-up' : `Platter order ${payment.order_id}`,
      metadata: { payment_id: payment.id, order_id: payment.order_id ?? '', attempt_reference: attempt.external_reference },
    });
    return this.recordProcessing(payment, attempt, { provider_reference: intent.id, client_secret: intent.client_secret });
  }

  private async createPaymobCheckout(payment: Payment, attempt: PaymentAttempt): Promise<CheckoutView> {
    const checkout = await this.clients.paymob.checkout({
      amountCents: attempt.amount,
      currency: attempt.currency,
      merchantOrderId: attempt.external_reference,
      billing: { firstName: 'Platter', lastName: 'Customer', email: payment.payer_email ?? '', phone: payment.payer_phone ?? '' },
    });
    return this.recordProcessing(payment, attempt, { provider_reference: String(checkout.orderId), redirect_url: checkout.iframeUrl });
  }

  private recordProcessing(payment: Payment, attempt: PaymentAttempt, changes: Partial<PaymentAttempt>): Promise<CheckoutView> {
    return this.tx.run(async () => {
      const locked = (await this.payments.lock({ id: payment.id }))!;
      // A webhook may have settled the attempt already (it finds it by our reference): never step it back.
      const current = (await this.attempts.lock(attempt.id))!;
      const stillStarting = current.status === 'initiating';
      const all = stillStarting ? { ...changes, status: 'processing' as const, next_check_at: this.resolver.firstCheckAt() } : changes;
      await this.attempts.update(attempt.id, all);
      if (stillStarting) await this.outcomes.markProcessing(locked, { provider: attempt.provider, reference: changes.provider_reference ?? null });
      return this.view(locked, { ...current, ...all });
    });
  }

  private view(payment: Payment, attempt: PaymentAttempt): CheckoutView {
    return toCheckoutView(payment, attempt, attempt.provider === 'stripe' ? { publishable_key: this.clients.config.STRIPE_PUBLISHABLE_KEY ?? null } : {});
  }
}
