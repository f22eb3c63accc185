import { ProviderCallError, callProvider } from '../provider-http';
import {
  MobileMoneyClient, MobileMoneyCollectRequest, MobileMoneyCollectResult, MobileMoneyPayoutRequest, MobileMoneyPayoutResult,
  ProviderStatusAnswer, ProviderTransactionStatus, amountOf,
} from '../domain/mobile-money';

export interface CampayOptions {
  baseUrl: string;
  username?: string;
  password?: string;
  timeoutMs: number;
}

/** CamPay's transaction statuses → ours. */
export function campayStatus(status: unknown): ProviderTransactionStatus {
  const s = String(status ?? '').toUpperCase();
  if (s === 'SUCCESSFUL') return 'succeeded';
  if (s === 'FAILED') return 'failed';
  return 'pending';
}

/**
 * CamPay (https://documenter.getpostman.com/view/2391374/T1LV8PVA): a token from
 * POST /api/token/ {username, password} (kept until shortly before it expires, renewed once on a
 * 401), then POST /api/collect/ (a push to the payer's phone), GET /api/transaction/{reference}/
 * and POST /api/withdraw/ (paying a number back). Amounts are whole XAF; numbers go without "+".
 */
export class CampayClient implements MobileMoneyClient {
  readonly name = 'campay' as const;
  private token: { value: string; until: number } | null = null;

  constructor(private readonly o: CampayOptions) {}

  get configured(): boolean {
    return Boolean(this.o.username && this.o.password);
  }

  async collect(r: MobileMoneyCollectRequest): Promise<MobileMoneyCollectResult> {
    const body = await this.authorized<{ reference?: string; ussd_code?: string; operator?: string }>('POST', '/api/collect/', {
      amount: String(r.amount),
      currency: r.currency,
      from: r.phone.replace(/^\+/, ''),
      description: r.description,
      external_reference: r.externalReference,
    });
    if (!body.reference) throw new ProviderCallError('campay', 'unavailable', 'collect answer has no reference', null, true);
    return { reference: body.reference, ussdCode: body.ussd_code ?? null, operator: body.operator ?? null };
  }

  async status(reference: string): Promise<ProviderStatusAnswer> {
    const body = await this.authorized<{ status?: string; amount?: unknown; reason?: string }>('GET', `/api/transaction/${encodeURIComponent(reference)}/`);
    return { status: campayStatus(body.status), amount: amountOf(body.amount), reason: body.reason ?? null };
  }

  async payout(r: MobileMoneyPayoutRequest): Promise<MobileMoneyPayoutResult> {
    const body = await this.authorized<{ reference?: string; status?: string; reason?: string }>('POST', '/api/withdraw/', {
      amount: String(r.amount),
      currency: r.currency,
      to: r.phone.replace(/^\+/, ''),
      description: r.description,
      external_reference: r.externalReference,
    });
    // CamPay answers a withdrawal with its reference; the outcome follows (status or webhook).
    return { reference: body.reference ?? null, status: body.status ? campayStatus(body.status) : 'pending', reason: body.reason ?? null };
  }

  private async authorized<T>(method: 'GET' | 'POST', path: string, json?: unknown): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      try {
        return await callProvider<T>('campay', { method, url: `${this.o.baseUrl}${path}`, headers: { authorization: `Token ${token}` }, json, timeoutMs: this.o.timeoutMs });
      } catch (err) {
        // An expired or revoked token: fetch a new one once.
        if (attempt === 0 && err instanceof ProviderCallError && err.status === 401) {
          this.token = null;
          continue;
        }
        throw err;
      }
    }
  }

  private async accessToken(): Promise<string> {
    if (!this.configured) throw new ProviderCallError('campay', 'unavailable', 'not configured (CAMPAY_USERNAME, CAMPAY_PASSWORD)');
    if (this.token && this.token.until > Date.now()) return this.token.value;
    const body = await callProvider<{ token?: string; expires_in?: number }>('campay', {
      method: 'POST',
      url: `${this.o.baseUrl}/api/token/`,
      json: { username: this.o.username, password: this.o.password },
      timeoutMs: this.o.timeoutMs,
    }).catch((err: unknown) => {
      // Our credentials refused: CamPay is unusable for us, not the payer's request wrong (so fall back).
      if (err instanceof ProviderCallError && err.kind === 'rejected') throw new ProviderCallError('campay', 'unavailable', 'credentials refused', err.status);
      throw err;
    });
    if (!body.token) throw new ProviderCallError('campay', 'unavailable', 'token answer has no token');
    const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 3600) * 1000;
    this.token = { value: body.token, until: Date.now() + Math.max(0, lifetimeMs - 60_000) };
    return body.token;
  }
}
