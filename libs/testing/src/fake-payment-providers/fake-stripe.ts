import { FakeProviderServer, FakeResponse, SentWebhook } from './fake-provider-server';
import { timestampedSignatureHeader } from './signing';

export interface FakeStripeOptions {
  secretKey: string;
  /** whsec_...: signs the webhook events. */
  webhookSecret: string;
  webhookUrl?: string;
}

export interface FakePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: 'requires_payment_method' | 'processing' | 'succeeded' | 'canceled';
  client_secret: string;
  description: string | null;
  metadata: Record<string, string>;
  last_payment_error: { code: string; message: string } | null;
}

/** Reads Stripe's form encoding (a[b]=c → {a: {b: c}}). */
function parseForm(raw: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, '').split('[');
    let node = out;
    path.slice(0, -1).forEach((part) => (node = (node[part] ??= {}) as Record<string, unknown>));
    node[path[path.length - 1]] = value;
  }
  return out;
}

/**
 * Stripe's PaymentIntents and Refunds (form-encoded, Bearer secret key, Idempotency-Key replays the
 * first answer) and its signed webhook events (`Stripe-Signature: t=...,v1=...`).
 */
export class FakeStripe extends FakeProviderServer {
  readonly intents = new Map<string, FakePaymentIntent>();
  readonly refunds: Array<{ id: string; payment_intent: string; amount: number; status: string }> = [];
  private readonly idempotent = new Map<string, FakeResponse>();

  constructor(readonly options: FakeStripeOptions) {
    super();
  }

  /** The customer confirmed the intent and the card was charged: payment_intent.succeeded is sent. */
  async succeedIntent(id: string, webhookUrl = this.options.webhookUrl): Promise<SentWebhook> {
    const intent = this.mustGet(id);
    Object.assign(intent, { status: 'succeeded', amount_received: intent.amount, last_payment_error: null });
    return this.deliver(this.event('payment_intent.succeeded', intent), webhookUrl);
  }

  async failIntent(id: string, webhookUrl = this.options.webhookUrl): Promise<SentWebhook> {
    const intent = this.mustGet(id);
    Object.assign(intent, { status: 'requires_payment_method', last_payment_error: { code: 'card_declined', message: 'Your card was declined.' } });
    return this.deliver(this.event('payment_intent.payment_failed', intent), webhookUrl);
  }

  /** An Event object around `object` (for tests that sign, replay or tamper with events themselves). */
  event(type: string, object: unknown): Record<string, unknown> {
    return { id: this.newId('evt_'), object: 'event', type, created: Math.floor(Date.now() / 1000), livemode: false, data: { object: JSON.parse(JSON.stringify(object)) } };
  }

  /** The body and headers Stripe would send for an event, signed at `timestamp`. */
  signed(event: Record<string, unknown>, secret = this.options.webhookSecret, timestamp?: number): { body: string; headers: Record<string, string> } {
    const body = JSON.stringify(event);
    return { body, headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': timestampedSignatureHeader(body, secret, timestamp) } };
  }

  async deliver(event: Record<string, unknown>, webhookUrl = this.options.webhookUrl): Promise<SentWebhook> {
    if (!webhookUrl) throw new Error('no webhook URL');
    const { body, headers } = this.signed(event);
    return this.sendWebhook('POST', webhookUrl, headers, body);
  }

  private mustGet(id: string): FakePaymentIntent {
    const intent = this.intents.get(id);
    if (!intent) throw new Error(`no PaymentIntent ${id}`);
    return intent;
  }

  protected route(method: string, path: string, _query: URLSearchParams, headers: Record<string, string | string[] | undefined>, raw: string): FakeResponse {
    if (headers.authorization !== `Bearer ${this.options.secretKey}`) {
      return { status: 401, body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } } };
    }
    const key = typeof headers['idempotency-key'] === 'string' ? `${path}:${headers['idempotency-key']}` : null;
    if (method === 'POST' && key && this.idempotent.has(key)) return this.idempotent.get(key)!;
    const answer = this.handle(method, path, method === 'POST' ? parseForm(raw) : {});
    if (method === 'POST' && key && answer.status < 500) this.idempotent.set(key, answer);
    return answer;
  }

  private handle(method: string, path: string, form: Record<string, unknown>): FakeResponse {
    if (method === 'POST' && path === '/v1/payment_intents') {
      const amount = Number(form.amount);
      if (!Number.isInteger(amount) || amount < 1 || typeof form.currency !== 'string') {
        return { status: 400, body: { error: { type: 'invalid_request_error', message: 'amount and currency are required' } } };
      }
      const id = this.newId('pi_');
      const intent: FakePaymentIntent = {
        id, object: 'payment_intent', amount, amount_received: 0, currency: form.currency, status: 'requires_payment_method',
        client_secret: `${id}_secret_${this.newId()}`, description: (form.description as string) ?? null,
        metadata: (form.metadata as Record<string, string>) ?? {}, last_payment_error: null,
      };
      this.intents.set(id, intent);
      return { status: 200, body: intent };
    }
    const get = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (method === 'GET' && get) {
      const intent = this.intents.get(get[1]);
      return intent ? { status: 200, body: intent } : { status: 404, body: { error: { type: 'invalid_request_error', message: 'No such payment_intent' } } };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const intent = this.intents.get(String(form.payment_intent));
      if (!intent || intent.status !== 'succeeded') return { status: 400, body: { error: { type: 'invalid_request_error', message: 'This PaymentIntent has no successful charge to refund' } } };
      const amount = form.amount === undefined ? intent.amount_received : Number(form.amount);
      const refunded = this.refunds.filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + r.amount, 0);
      if (!Number.isInteger(amount) || amount < 1 || refunded + amount > intent.amount_received) {
        return { status: 400, body: { error: { type: 'invalid_request_error', message: 'Refund amount is greater than the unrefunded charge' } } };
      }
      const refund = { id: this.newId('re_'), object: 'refund', payment_intent: intent.id, amount, currency: intent.currency, status: 'succeeded' };
      this.refunds.push(refund);
      return { status: 200, body: refund };
    }
    return { status: 404, body: { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` } } };
  }
}
