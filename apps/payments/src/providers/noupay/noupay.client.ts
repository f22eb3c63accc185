import { ProviderCallError, callProvider } from '../provider-http';
import {
  MobileMoneyClient, MobileMoneyCollectRequest, MobileMoneyCollectResult, MobileMoneyPayoutRequest, MobileMoneyPayoutResult,
  ProviderStatusAnswer, ProviderTransactionStatus, amountOf,
} from '../domain/mobile-money';

export interface NoupayOptions {
  baseUrl: string;
  apiKey?: string;
  timeoutMs: number;
}

export function noupayStatus(status: unknown): ProviderTransactionStatus {
  const s = String(status ?? '').toLowerCase();
  if (s === 'successful' || s === 'succeeded') return 'succeeded';
  if (s === 'failed' || s === 'cancelled' || s === 'expired') return 'failed';
  return 'pending';
}

/**
 * NouPay, the backup mobile-money provider. NouPay's API documentation is not public: this
 * contract is ours, pending NouPay's documentation, and shaped like CamPay's so the two swap:
 * - POST {base}/v1/collections {amount, currency, phone, description, external_reference}
 *   (Authorization: Bearer <NOUPAY_API_KEY>, Idempotency-Key: external_reference) → {id, status, ussd_code?, operator?}
 * - GET {base}/v1/collections/{id} → {id, external_reference, status: pending|successful|failed, amount, currency, reason?}
 * - POST {base}/v1/payouts {amount, currency, phone, description, external_reference} → {id, status}
 * - webhooks: POST {id, type: collection.updated|payout.updated, created, data: {...the object}}
 *   signed `NouPay-Signature: t=...,v1=...` (see noupay-signature.ts).
 */
export class NoupayClient implements MobileMoneyClient {
  readonly name = 'noupay' as const;

  constructor(private readonly o: NoupayOptions) {}

  get configured(): boolean {
    return Boolean(this.o.apiKey);
  }

  async collect(r: MobileMoneyCollectRequest): Promise<MobileMoneyCollectResult> {
    const body = await this.call<{ id?: string; ussd_code?: string; operator?: string }>('POST', '/v1/collections', r.externalReference, {
      amount: r.amount,
      currency: r.currency,
      phone: r.phone,
      description: r.description,
      external_reference: r.externalReference,
    });
    if (!body.id) throw new ProviderCallError('noupay', 'unavailable', 'collection answer has no id', null, true);
    return { reference: body.id, ussdCode: body.ussd_code ?? null, operator: body.operator ?? null };
  }

  async status(reference: string): Promise<ProviderStatusAnswer> {
    const body = await this.call<{ status?: string; amount?: unknown; reason?: string }>('GET', `/v1/collections/${encodeURIComponent(reference)}`);
    return { status: noupayStatus(body.status), amount: amountOf(body.amount), reason: body.reason ?? null };
  }

  async payout(r: MobileMoneyPayoutRequest): Promise<MobileMoneyPayoutResult> {
    const body = await this.call<{ id?: string; status?: string; reason?: string }>('POST', '/v1/payouts', r.externalReference, {
      amount: r.amount,
      currency: r.currency,
      phone: r.phone,
      description: r.description,
      external_reference: r.externalReference,
    });
    return { reference: body.id ?? null, status: noupayStatus(body.status), reason: body.reason ?? null };
  }

  private call<T>(method: 'GET' | 'POST', path: string, idempotencyKey?: string, json?: unknown): Promise<T> {
    if (!this.configured) return Promise.reject(new ProviderCallError('noupay', 'unavailable', 'not configured (NOUPAY_API_KEY)'));
    const headers: Record<string, string> = { authorization: `Bearer ${this.o.apiKey}` };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    return callProvider<T>('noupay', { method, url: `${this.o.baseUrl}${path}`, headers, json, timeoutMs: this.o.timeoutMs });
  }
}
