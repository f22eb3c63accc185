import { FakeProviderServer, FakeResponse, SentWebhook, parseJson } from './fake-provider-server';
import { timestampedSignatureHeader } from './signing';

export interface FakeNoupayOptions {
  apiKey: string;
  /** Signs the webhooks (NouPay-Signature). */
  secret: string;
  webhookUrl?: string;
}

export interface NoupayObject {
  id: string;
  external_reference: string;
  status: 'pending' | 'successful' | 'failed';
  amount: number;
  currency: string;
  phone: string;
  kind: 'collection' | 'payout';
}

/**
 * NouPay by the contract the payments service defines for it (NouPay's own documentation is not
 * public): Bearer API key, collections, payouts, Idempotency-Key, and webhooks signed
 * `NouPay-Signature: t=...,v1=HMAC-SHA256(secret, "t.body")`.
 */
export class FakeNoupay extends FakeProviderServer {
  readonly objects = new Map<string, NoupayObject>();
  private readonly byIdempotencyKey = new Map<string, NoupayObject>();

  constructor(readonly options: FakeNoupayOptions) {
    super();
  }

  collections(): NoupayObject[] {
    return [...this.objects.values()].filter((o) => o.kind === 'collection');
  }

  payouts(): NoupayObject[] {
    return [...this.objects.values()].filter((o) => o.kind === 'payout');
  }

  async completeCollection(id: string, status: 'successful' | 'failed', webhookUrl = this.options.webhookUrl): Promise<SentWebhook> {
    const object = this.objects.get(id);
    if (!object) throw new Error(`no NouPay collection ${id}`);
    object.status = status;
    if (!webhookUrl) throw new Error('no webhook URL');
    const { body, headers } = this.webhookFor(object);
    return this.sendWebhook('POST', webhookUrl, headers, body);
  }

  /** A signed webhook about an object (for tests that replay or tamper with it). */
  webhookFor(object: NoupayObject, secret = this.options.secret, timestamp?: number): { body: string; headers: Record<string, string> } {
    const body = JSON.stringify({ id: this.newId('evt_'), type: `${object.kind}.updated`, created: Math.floor(Date.now() / 1000), data: { ...object } });
    return { body, headers: { 'content-type': 'application/json', 'noupay-signature': timestampedSignatureHeader(body, secret, timestamp) } };
  }

  protected route(method: string, path: string, _query: URLSearchParams, headers: Record<string, string | string[] | undefined>, raw: string): FakeResponse {
    if (headers.authorization !== `Bearer ${this.options.apiKey}`) return { status: 401, body: { error: { code: 'unauthorized', message: 'Invalid API key' } } };
    if (method === 'POST' && (path === '/v1/collections' || path === '/v1/payouts')) {
      const key = typeof headers['idempotency-key'] === 'string' ? `${path}:${headers['idempotency-key']}` : null;
      if (key && this.byIdempotencyKey.has(key)) return { status: 200, body: this.byIdempotencyKey.get(key) };
      const body = parseJson(raw) ?? {};
      if (!Number.isInteger(body.amount) || (body.amount as number) <= 0 || typeof body.phone !== 'string' || !/^\+\d{8,15}$/.test(body.phone)) {
        return { status: 422, body: { error: { code: 'invalid_request', message: 'amount and phone (E.164) are required' } } };
      }
      const kind = path === '/v1/collections' ? 'collection' : 'payout';
      const object: NoupayObject = {
        id: this.newId(kind === 'collection' ? 'col_' : 'po_'),
        external_reference: String(body.external_reference ?? ''),
        status: kind === 'collection' ? 'pending' : 'successful',
        amount: body.amount as number,
        currency: String(body.currency ?? 'XAF'),
        phone: body.phone,
        kind,
      };
      this.objects.set(object.id, object);
      if (key) this.byIdempotencyKey.set(key, object);
      return { status: 201, body: object };
    }
    const get = /^\/v1\/collections\/([^/]+)$/.exec(path);
    if (method === 'GET' && get) {
      const object = this.objects.get(get[1]);
      return object ? { status: 200, body: object } : { status: 404, body: { error: { code: 'not_found', message: 'No such collection' } } };
    }
    return { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } };
  }
}
