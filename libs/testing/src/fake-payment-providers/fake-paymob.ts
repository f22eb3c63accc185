import { FakeProviderServer, FakeResponse, SentWebhook, parseJson } from './fake-provider-server';
import { signPaymobTransaction } from './signing';

export interface FakePaymobOptions {
  apiKey: string;
  integrationId: number;
  hmacSecret: string;
  /** The transaction-processed callback URL. */
  callbackUrl?: string;
}

interface PaymobOrder {
  id: number;
  merchant_order_id: string;
  amount_cents: number;
  currency: string;
}

/**
 * Paymob Accept: auth tokens, orders, payment keys, refunds, the transaction inquiry, and the
 * transaction-processed callback (POST {type: "TRANSACTION", obj} with ?hmac= HMAC-SHA512 over
 * obj's documented fields).
 */
export class FakePaymob extends FakeProviderServer {
  readonly orders = new Map<number, PaymobOrder>();
  readonly paymentKeys = new Map<string, number>();
  readonly transactions = new Map<number, Record<string, unknown>>();
  private readonly tokens = new Set<string>();
  private nextId = 100_000;

  constructor(readonly options: FakePaymobOptions) {
    super();
  }

  orderByMerchantId(merchantOrderId: string): PaymobOrder | undefined {
    return [...this.orders.values()].find((o) => o.merchant_order_id === merchantOrderId);
  }

  /** The customer paid (or failed to pay) in the iframe: a transaction and its signed callback. */
  async pay(orderId: number, success: boolean, callbackUrl = this.options.callbackUrl): Promise<SentWebhook> {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`no Paymob order ${orderId}`);
    const obj = this.transaction(order, { success });
    if (!callbackUrl) throw new Error('no callback URL');
    return this.sendCallback(obj, callbackUrl);
  }

  /** A transaction object as Paymob's callbacks carry it. */
  transaction(order: PaymobOrder, o: { success: boolean; pending?: boolean }): Record<string, unknown> {
    const obj = {
      id: this.nextId++, pending: o.pending ?? false, amount_cents: order.amount_cents, success: o.success, is_auth: false, is_capture: false,
      is_standalone_payment: true, is_voided: false, is_refunded: false, is_3d_secure: true, integration_id: this.options.integrationId,
      profile_id: 1, has_parent_transaction: false, order: { id: order.id, merchant_order_id: order.merchant_order_id, amount_cents: order.amount_cents },
      created_at: new Date().toISOString().slice(0, 19), currency: order.currency, source_data: { pan: '2346', type: 'card', sub_type: 'MasterCard' },
      error_occured: false, owner: 4242, data: { message: o.success ? 'Approved' : 'Do not honour' },
    };
    this.transactions.set(obj.id, obj);
    return obj;
  }

  async sendCallback(obj: Record<string, unknown>, callbackUrl = this.options.callbackUrl!, secret = this.options.hmacSecret): Promise<SentWebhook> {
    const body = JSON.stringify({ type: 'TRANSACTION', obj });
    return this.sendWebhook('POST', `${callbackUrl}?hmac=${signPaymobTransaction(obj, secret)}`, { 'content-type': 'application/json' }, body);
  }

  protected route(method: string, path: string, _query: URLSearchParams, _headers: Record<string, string | string[] | undefined>, raw: string): FakeResponse {
    const body = parseJson(raw) ?? {};
    if (method !== 'POST') return { status: 405, body: { detail: 'Method not allowed' } };
    if (path === '/api/auth/tokens') {
      if (body.api_key !== this.options.apiKey) return { status: 403, body: { detail: 'Incorrect credentials' } };
      const token = this.newId('ZXlK');
      this.tokens.add(token);
      return { status: 201, body: { token, profile: { id: 1 } } };
    }
    if (!this.tokens.has(String(body.auth_token))) return { status: 401, body: { detail: 'Invalid token' } };
    if (path === '/api/ecommerce/orders') {
      if (this.orderByMerchantId(String(body.merchant_order_id))) return { status: 422, body: { message: 'duplicate' } };
      const order: PaymobOrder = { id: this.nextId++, merchant_order_id: String(body.merchant_order_id), amount_cents: Number(body.amount_cents), currency: String(body.currency) };
      if (!Number.isInteger(order.amount_cents) || order.amount_cents < 1) return { status: 400, body: { amount_cents: ['invalid'] } };
      this.orders.set(order.id, order);
      return { status: 201, body: { id: order.id, merchant_order_id: order.merchant_order_id, amount_cents: order.amount_cents, currency: order.currency } };
    }
    if (path === '/api/acceptance/payment_keys') {
      const order = this.orders.get(Number(body.order_id));
      if (!order || body.integration_id !== this.options.integrationId || Number(body.amount_cents) !== order.amount_cents || !body.billing_data) {
        return { status: 400, body: { detail: 'invalid payment key request' } };
      }
      const token = this.newId('pk_');
      this.paymentKeys.set(token, order.id);
      return { status: 201, body: { token } };
    }
    if (path === '/api/acceptance/void_refund/refund') {
      const parent = this.transactions.get(Number(body.transaction_id));
      if (!parent || parent.success !== true) return { status: 400, body: { message: 'Transaction not found or not refundable' } };
      if (!Number.isInteger(body.amount_cents) || (body.amount_cents as number) > (parent.amount_cents as number)) return { status: 400, body: { message: 'Invalid refund amount' } };
      const refund = { ...parent, id: this.nextId++, amount_cents: body.amount_cents, is_refund: true, is_refunded: true, has_parent_transaction: true, success: true, pending: false };
      parent.is_refunded = true;
      this.transactions.set(refund.id as number, refund);
      return { status: 200, body: refund };
    }
    if (path === '/api/ecommerce/orders/transaction_inquiry') {
      const order = this.orderByMerchantId(String(body.merchant_order_id));
      const txn = order && [...this.transactions.values()].reverse().find((t) => (t.order as { id: number }).id === order.id && !t.is_refund);
      return txn ? { status: 200, body: txn } : { status: 404, body: { detail: 'Not found.' } };
    }
    return { status: 404, body: { detail: 'Not found.' } };
  }
}
