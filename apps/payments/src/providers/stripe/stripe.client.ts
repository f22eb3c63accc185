import { ProviderCallError, callProvider, formEncode } from '../provider-http';

export interface StripeOptions {
  baseUrl: string;
  secretKey?: string;
  timeoutMs: number;
}

export interface StripePaymentIntent {
  id: string;
  client_secret: string | null;
  status: string;
  amount: number;
  amount_received?: number;
  currency: string;
  metadata?: Record<string, string>;
  last_payment_error?: { message?: string; code?: string } | null;
}

export interface StripeRefund {
  id: string;
  status: string;
  amount: number;
  failure_reason?: string | null;
}

/**
 * Stripe's REST API (https://docs.stripe.com/api): form-encoded bodies, the secret key as a Bearer
 * token, an Idempotency-Key on every POST so a retried call never makes a second intent or refund.
 * Amounts are in the currency's smallest unit, as ours are (XAF is zero-decimal for Stripe too).
 */
export class StripeClient {
  constructor(private readonly o: StripeOptions) {}

  get configured(): boolean {
    return Boolean(this.o.secretKey);
  }

  createPaymentIntent(r: { amount: number; currency: string; idempotencyKey: string; description: string; metadata: Record<string, string> }): Promise<StripePaymentIntent> {
    return this.call('POST', '/v1/payment_intents', r.idempotencyKey, {
      amount: r.amount,
      currency: r.currency.toLowerCase(),
      description: r.description,
      'automatic_payment_methods[enabled]': 'true',
      metadata: r.metadata,
    });
  }

  retrievePaymentIntent(id: string): Promise<StripePaymentIntent> {
    return this.call('GET', `/v1/payment_intents/${encodeURIComponent(id)}`);
  }

  refund(r: { paymentIntent: string; amount: number; idempotencyKey: string; metadata: Record<string, string> }): Promise<StripeRefund> {
    return this.call('POST', '/v1/refunds', r.idempotencyKey, { payment_intent: r.paymentIntent, amount: r.amount, metadata: r.metadata });
  }

  private call<T>(method: 'GET' | 'POST', path: string, idempotencyKey?: string, form?: Record<string, unknown>): Promise<T> {
    if (!this.configured) return Promise.reject(new ProviderCallError('stripe', 'unavailable', 'not configured (STRIPE_SECRET_KEY)'));
    const headers: Record<string, string> = { authorization: `Bearer ${this.o.secretKey}` };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    return callProvider<T>('stripe', { method, url: `${this.o.baseUrl}${path}`, headers, body: form ? formEncode(form) : undefined, timeoutMs: this.o.timeoutMs });
  }
}
