import { amountOf, ProviderTransactionStatus } from '../domain/mobile-money';
import { campayStatus } from '../campay/campay.client';
import { verifyCampaySignature } from '../campay/campay-signature';
import { noupayStatus } from '../noupay/noupay.client';
import { NOUPAY_SIGNATURE_HEADER, verifyTimestampedHmac } from '../noupay/noupay-signature';
import { PaymobTransaction } from '../paymob/paymob.client';
import { verifyPaymobHmac } from '../paymob/paymob-hmac';
import { STRIPE_SIGNATURE_HEADER, verifyStripeSignature } from '../stripe/stripe-signature';
import { ProviderName } from '../attempts/payment-attempt.entity';

export interface WebhookInput {
  rawBody: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  query: Record<string, string>;
}

export interface WebhookSecrets {
  campayWebhookKey?: string;
  noupaySecret?: string;
  stripeWebhookSecret?: string;
  paymobHmacSecret?: string;
  toleranceSeconds: number;
}

/** A verified provider event in our terms. */
export interface ProviderEvent {
  /** Unique per provider event: a second delivery of the same id has no effect. */
  eventId: string;
  /** collection: money coming in for an attempt; refund: money going back (a refund or a payout); ignored: nothing for us. */
  kind: 'collection' | 'refund' | 'ignored';
  externalReference: string | null;
  providerReference: string | null;
  status: ProviderTransactionStatus;
  amount: number | null;
  captureReference: string | null;
  reason: string | null;
}

export type VerifiedWebhook = { valid: true; event: ProviderEvent } | { valid: false; reason: string; eventId: string | null };

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> | null {
  if (!raw.trim()) return {};
  if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  try {
    const value = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);

/**
 * Verifies a webhook with the provider's scheme and reads it. Each scheme is checked against the
 * exact bytes received (the raw body), never a re-serialisation.
 */
export function verifyWebhook(provider: ProviderName, input: WebhookInput, secrets: WebhookSecrets, nowSeconds = Math.floor(Date.now() / 1000)): VerifiedWebhook {
  switch (provider) {
    case 'campay':
      return campay(input, secrets, nowSeconds);
    case 'noupay':
      return noupay(input, secrets, nowSeconds);
    case 'stripe':
      return stripe(input, secrets, nowSeconds);
    case 'paymob':
      return paymob(input, secrets);
  }
}

/** CamPay calls the webhook URL with its fields as query parameters (or a body); `signature` is a JWT. */
function campay(input: WebhookInput, secrets: WebhookSecrets, now: number): VerifiedWebhook {
  const body = parseBody(input.rawBody, input.headers['content-type']) ?? {};
  const params: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries({ ...input.query, ...body })) params[k] = str(v) ?? undefined;
  const eventId = params.reference && params.status ? `${params.reference}:${params.status.toUpperCase()}` : null;
  if (!secrets.campayWebhookKey) return { valid: false, reason: 'CAMPAY_WEBHOOK_KEY is not configured', eventId };
  const check = verifyCampaySignature(params.signature, secrets.campayWebhookKey, params, now);
  if (!check.valid) return { valid: false, reason: check.reason, eventId };
  if (!params.reference || !params.status) return { valid: false, reason: 'reference and status are required', eventId };
  return {
    valid: true,
    event: {
      eventId: eventId!,
      kind: 'collection',
      externalReference: params.external_reference ?? null,
      providerReference: params.reference,
      status: campayStatus(params.status),
      amount: amountOf(params.amount),
      captureReference: params.reference,
      reason: params.status.toUpperCase() === 'FAILED' ? (params.reason ?? params.code ?? 'CAMPAY_FAILED') : null,
    },
  };
}

/** NouPay (our contract, pending theirs): {id, type, data: {...}} with NouPay-Signature. */
function noupay(input: WebhookInput, secrets: WebhookSecrets, now: number): VerifiedWebhook {
  const body = parseBody(input.rawBody, 'application/json');
  const eventId = str(body?.id);
  if (!secrets.noupaySecret) return { valid: false, reason: 'NOUPAY_SECRET is not configured', eventId };
  const check = verifyTimestampedHmac(input.headers[NOUPAY_SIGNATURE_HEADER], input.rawBody, secrets.noupaySecret, secrets.toleranceSeconds, now);
  if (!check.valid) return { valid: false, reason: check.reason, eventId };
  const data = body?.data as Record<string, unknown> | undefined;
  if (!eventId || !data || typeof data !== 'object') return { valid: false, reason: 'id and data are required', eventId };
  const type = str(body?.type) ?? '';
  const status = noupayStatus(data.status);
  return {
    valid: true,
    event: {
      eventId,
      kind: type.startsWith('collection.') ? 'collection' : type.startsWith('payout.') ? 'refund' : 'ignored',
      externalReference: str(data.external_reference),
      providerReference: str(data.id),
      status,
      amount: amountOf(data.amount),
      captureReference: str(data.id),
      reason: status === 'failed' ? (str(data.reason) ?? 'NOUPAY_FAILED') : null,
    },
  };
}

/** Stripe: an Event object; we act on payment intents and refunds. */
function stripe(input: WebhookInput, secrets: WebhookSecrets, now: number): VerifiedWebhook {
  const body = parseBody(input.rawBody, 'application/json');
  const eventId = str(body?.id);
  if (!secrets.stripeWebhookSecret) return { valid: false, reason: 'STRIPE_WEBHOOK_SECRET is not configured', eventId };
  const check = verifyStripeSignature(input.headers[STRIPE_SIGNATURE_HEADER], input.rawBody, secrets.stripeWebhookSecret, secrets.toleranceSeconds, now);
  if (!check.valid) return { valid: false, reason: check.reason, eventId };
  const object = (body?.data as { object?: Record<string, unknown> } | undefined)?.object;
  if (!eventId || !object) return { valid: false, reason: 'id and data.object are required', eventId };
  const type = str(body?.type) ?? '';
  const metadata = (object.metadata ?? {}) as Record<string, unknown>;
  const base = { eventId, externalReference: str(metadata.attempt_reference), amount: null, captureReference: null, reason: null };
  switch (type) {
    case 'payment_intent.succeeded':
      return { valid: true, event: { ...base, kind: 'collection', providerReference: str(object.id), status: 'succeeded', amount: amountOf(object.amount_received ?? object.amount), captureReference: str(object.id) } };
    case 'payment_intent.payment_failed': {
      const error = (object.last_payment_error ?? {}) as Record<string, unknown>;
      return { valid: true, event: { ...base, kind: 'collection', providerReference: str(object.id), status: 'failed', reason: str(error.code) ?? str(error.message) ?? 'CARD_DECLINED' } };
    }
    case 'refund.updated':
    case 'refund.failed': {
      const status = object.status === 'succeeded' ? 'succeeded' : object.status === 'failed' || object.status === 'canceled' ? 'failed' : 'pending';
      return { valid: true, event: { ...base, kind: 'refund', providerReference: str(object.id), status, amount: amountOf(object.amount), reason: str(object.failure_reason) } };
    }
    case 'charge.refunded':
      // The charge's refunds are settled by refund.updated (per refund id); kept as a receipt.
      return { valid: true, event: { ...base, kind: 'ignored', providerReference: str(object.payment_intent), status: 'pending' } };
    default:
      return { valid: true, event: { ...base, kind: 'ignored', providerReference: str(object.id), status: 'pending' } };
  }
}

/** Paymob's transaction-processed callback: {type: "TRANSACTION", obj} with `?hmac=` over obj. */
function paymob(input: WebhookInput, secrets: WebhookSecrets): VerifiedWebhook {
  const body = parseBody(input.rawBody, 'application/json');
  const obj = body?.obj as (PaymobTransaction & Record<string, unknown>) | undefined;
  const state = obj ? (obj.pending ? 'pending' : obj.success ? 'success' : 'failed') + (obj.is_refunded ? ':refunded' : '') + (obj.is_voided ? ':voided' : '') : '';
  const eventId = obj && obj.id !== undefined ? `${String(obj.id)}:${state}` : null;
  if (!secrets.paymobHmacSecret) return { valid: false, reason: 'PAYMOB_HMAC_SECRET is not configured', eventId };
  const check = verifyPaymobHmac(obj, input.query.hmac, secrets.paymobHmacSecret);
  if (!check.valid) return { valid: false, reason: check.reason, eventId };
  if (!obj || obj.id === undefined || body?.type !== 'TRANSACTION') return { valid: false, reason: 'a TRANSACTION callback is required', eventId };
  const status: ProviderTransactionStatus = obj.pending ? 'pending' : obj.success ? 'succeeded' : 'failed';
  // A refund is a transaction of its own (with a parent) whose callback reports the refund.
  const isRefund = Boolean(obj.is_refund) || (Boolean(obj.is_refunded) && Boolean((obj as Record<string, unknown>).has_parent_transaction));
  return {
    valid: true,
    event: {
      eventId: eventId!,
      kind: isRefund ? 'refund' : 'collection',
      externalReference: str(obj.order?.merchant_order_id),
      providerReference: isRefund ? String(obj.id) : obj.order?.id !== undefined ? String(obj.order.id) : null,
      status,
      amount: amountOf(obj.amount_cents),
      captureReference: String(obj.id),
      reason: status === 'failed' ? (obj.data?.message ?? 'PAYMOB_DECLINED') : null,
    },
  };
}
