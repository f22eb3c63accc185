import { randomUUID } from 'node:crypto';
import { FakeProviderServer, FakeResponse, SentWebhook, parseJson } from './fake-provider-server';
import { signCampayJwt } from './signing';

export interface FakeCampayOptions {
  username: string;
  password: string;
  /** The "App webhook key": signs the webhook JWTs. */
  webhookKey: string;
  /** Where CamPay calls back (the app's webhook URL). */
  webhookUrl?: string;
}

export interface CampayTransaction {
  reference: string;
  external_reference: string;
  status: 'PENDING' | 'SUCCESSFUL' | 'FAILED';
  amount: string;
  currency: string;
  from: string;
  description: string;
  operator: string;
  kind: 'collect' | 'withdraw';
}

/**
 * CamPay as its API answers (token, collect, transaction status, withdraw) with its credential
 * checks; it calls the webhook URL with GET and the transaction's fields as query parameters plus a
 * `signature` JWT (HS256, webhook key), as CamPay does.
 */
export class FakeCampay extends FakeProviderServer {
  readonly transactions = new Map<string, CampayTransaction>();
  private readonly tokens = new Set<string>();
  /** What a withdrawal ends as at once (a refund paid back to the number). */
  withdrawOutcome: 'SUCCESSFUL' | 'PENDING' | 'FAILED' = 'SUCCESSFUL';

  constructor(readonly options: FakeCampayOptions) {
    super();
  }

  collections(): CampayTransaction[] {
    return [...this.transactions.values()].filter((t) => t.kind === 'collect');
  }

  withdrawals(): CampayTransaction[] {
    return [...this.transactions.values()].filter((t) => t.kind === 'withdraw');
  }

  /** The payer approved (or declined) the prompt: the status changes and CamPay calls the webhook. */
  async completeCollection(reference: string, status: 'SUCCESSFUL' | 'FAILED', webhookUrl = this.options.webhookUrl): Promise<SentWebhook> {
    const txn = this.transactions.get(reference);
    if (!txn) throw new Error(`no CamPay transaction ${reference}`);
    txn.status = status;
    if (!webhookUrl) throw new Error('no webhook URL');
    return this.sendWebhook('GET', `${webhookUrl}?${new URLSearchParams(this.webhookParams(txn))}`, {}, '');
  }

  /** The webhook's parameters for a transaction, signed (for tests that replay or tamper with them). */
  webhookParams(txn: CampayTransaction, key = this.options.webhookKey): Record<string, string> {
    const params = {
      status: txn.status,
      reference: txn.reference,
      amount: txn.amount,
      currency: txn.currency,
      operator: txn.operator,
      code: txn.status === 'SUCCESSFUL' ? 'CP201' : 'ER201',
      operator_reference: `MP${txn.reference.slice(0, 10)}`,
      endpoint: txn.kind === 'collect' ? 'collect' : 'withdraw',
      external_reference: txn.external_reference,
      external_user: '',
      phone_number: txn.from,
    };
    const now = Math.floor(Date.now() / 1000);
    const signature = signCampayJwt({ reference: txn.reference, external_reference: txn.external_reference, status: txn.status, amount: txn.amount, iat: now, exp: now + 300 }, key);
    return { ...params, signature };
  }

  protected route(method: string, path: string, _query: URLSearchParams, headers: Record<string, string | string[] | undefined>, raw: string): FakeResponse {
    const body = parseJson(raw) ?? {};
    if (method === 'POST' && path === '/api/token/') {
      if (body.username !== this.options.username || body.password !== this.options.password) {
        return { status: 400, body: { non_field_errors: ['Unable to log in with provided credentials.'] } };
      }
      const token = this.newId('tok_');
      this.tokens.add(token);
      return { status: 200, body: { token, expires_in: 3600 } };
    }
    const auth = String(headers.authorization ?? '');
    if (!auth.startsWith('Token ') || !this.tokens.has(auth.slice(6))) return { status: 401, body: { detail: 'Invalid token.' } };

    if (method === 'POST' && (path === '/api/collect/' || path === '/api/withdraw/')) {
      const kind = path === '/api/collect/' ? 'collect' : 'withdraw';
      const phone = String(kind === 'collect' ? body.from : body.to);
      if (!/^\d+$/.test(String(body.amount)) || body.currency !== 'XAF' || !/^2376\d{8}$/.test(phone)) {
        return { status: 400, body: { message: 'Invalid amount, currency or phone number', error_code: 'ER101' } };
      }
      const txn: CampayTransaction = {
        reference: randomUUID(),
        external_reference: String(body.external_reference ?? ''),
        status: kind === 'collect' ? 'PENDING' : this.withdrawOutcome,
        amount: String(body.amount),
        currency: 'XAF',
        from: phone,
        description: String(body.description ?? ''),
        operator: /^2376(9|5[5-9])/.test(phone) ? 'ORANGE' : 'MTN',
        kind,
      };
      this.transactions.set(txn.reference, txn);
      if (kind === 'collect') return { status: 200, body: { reference: txn.reference, ussd_code: '*126#', operator: txn.operator } };
      return { status: 200, body: { reference: txn.reference, status: txn.status } };
    }
    const status = /^\/api\/transaction\/([^/]+)\/$/.exec(path);
    if (method === 'GET' && status) {
      const txn = this.transactions.get(status[1]);
      if (!txn) return { status: 404, body: { message: 'Transaction not found' } };
      return { status: 200, body: { reference: txn.reference, external_reference: txn.external_reference, status: txn.status, amount: Number(txn.amount), currency: txn.currency, operator: txn.operator } };
    }
    return { status: 404, body: { message: 'Not found' } };
  }
}
