import { ProviderCallError, callProvider } from '../provider-http';

export interface PaymobOptions {
  baseUrl: string;
  apiKey?: string;
  integrationId?: number;
  iframeId?: number;
  timeoutMs: number;
}

/** A Paymob transaction as its callbacks and APIs show it (the fields we read). */
export interface PaymobTransaction {
  id: number;
  success: boolean;
  pending: boolean;
  amount_cents: number;
  currency?: string;
  is_refunded?: boolean;
  is_voided?: boolean;
  order?: { id: number; merchant_order_id?: string | null };
  data?: { message?: string };
}

/**
 * Paymob Accept (https://docs.paymob.com, "Accept standard"): an auth token from
 * POST /api/auth/tokens {api_key}; an order (POST /api/ecommerce/orders, merchant_order_id = our
 * attempt's reference); a payment key (POST /api/acceptance/payment_keys) that opens the card iframe
 * {base}/api/acceptance/iframes/{iframe_id}?payment_token=...; refunds through
 * POST /api/acceptance/void_refund/refund; the state of an order's transaction through
 * POST /api/ecommerce/orders/transaction_inquiry. Amounts in cents (piastres), as ours.
 */
export class PaymobClient {
  private token: { value: string; until: number } | null = null;

  constructor(private readonly o: PaymobOptions) {}

  get configured(): boolean {
    return Boolean(this.o.apiKey && this.o.integrationId && this.o.iframeId);
  }

  /** Order + payment key + iframe URL: what the customer's browser opens to pay by card. */
  async checkout(r: {
    amountCents: number;
    currency: string;
    merchantOrderId: string;
    billing: { firstName: string; lastName: string; email: string; phone: string };
  }): Promise<{ orderId: number; paymentToken: string; iframeUrl: string }> {
    const authToken = await this.authToken();
    const order = await callProvider<{ id?: number }>('paymob', {
      method: 'POST',
      url: `${this.o.baseUrl}/api/ecommerce/orders`,
      json: { auth_token: authToken, delivery_needed: false, amount_cents: r.amountCents, currency: r.currency, merchant_order_id: r.merchantOrderId, items: [] },
      timeoutMs: this.o.timeoutMs,
    });
    if (typeof order.id !== 'number') throw new ProviderCallError('paymob', 'unavailable', 'order answer has no id', null, true);
    const key = await callProvider<{ token?: string }>('paymob', {
      method: 'POST',
      url: `${this.o.baseUrl}/api/acceptance/payment_keys`,
      json: {
        auth_token: authToken,
        amount_cents: r.amountCents,
        expiration: 3600,
        order_id: order.id,
        currency: r.currency,
        integration_id: this.o.integrationId,
        lock_order_when_paid: true,
        billing_data: {
          first_name: r.billing.firstName || 'NA',
          last_name: r.billing.lastName || 'NA',
          email: r.billing.email || 'NA',
          phone_number: r.billing.phone || 'NA',
          apartment: 'NA', floor: 'NA', street: 'NA', building: 'NA', shipping_method: 'NA', postal_code: 'NA', city: 'NA', country: 'NA', state: 'NA',
        },
      },
      timeoutMs: this.o.timeoutMs,
    });
    if (!key.token) throw new ProviderCallError('paymob', 'unavailable', 'payment key answer has no token', null, true);
    const iframeUrl = `${this.o.baseUrl}/api/acceptance/iframes/${this.o.iframeId}?payment_token=${encodeURIComponent(key.token)}`;
    return { orderId: order.id, paymentToken: key.token, iframeUrl };
  }

  async refund(r: { transactionId: string; amountCents: number }): Promise<PaymobTransaction> {
    const authToken = await this.authToken();
    return callProvider<PaymobTransaction>('paymob', {
      method: 'POST',
      url: `${this.o.baseUrl}/api/acceptance/void_refund/refund`,
      json: { auth_token: authToken, transaction_id: Number(r.transactionId), amount_cents: r.amountCents },
      timeoutMs: this.o.timeoutMs,
    });
  }

  /** The latest transaction of one of our orders (by our merchant_order_id), or null when it has none yet. */
  async inquire(merchantOrderId: string): Promise<PaymobTransaction | null> {
    const authToken = await this.authToken();
    try {
      return await callProvider<PaymobTransaction>('paymob', {
        method: 'POST',
        url: `${this.o.baseUrl}/api/ecommerce/orders/transaction_inquiry`,
        json: { auth_token: authToken, merchant_order_id: merchantOrderId },
        timeoutMs: this.o.timeoutMs,
      });
    } catch (err) {
      if (err instanceof ProviderCallError && err.status === 404) return null;
      throw err;
    }
  }

  private async authToken(): Promise<string> {
    if (!this.configured) throw new ProviderCallError('paymob', 'unavailable', 'not configured (PAYMOB_API_KEY, PAYMOB_INTEGRATION_ID, PAYMOB_IFRAME_ID)');
    if (this.token && this.token.until > Date.now()) return this.token.value;
    const body = await callProvider<{ token?: string }>('paymob', {
      method: 'POST',
      url: `${this.o.baseUrl}/api/auth/tokens`,
      json: { api_key: this.o.apiKey },
      timeoutMs: this.o.timeoutMs,
    }).catch((err: unknown) => {
      if (err instanceof ProviderCallError && err.kind === 'rejected') throw new ProviderCallError('paymob', 'unavailable', 'API key refused', err.status);
      throw err;
    });
    if (!body.token) throw new ProviderCallError('paymob', 'unavailable', 'auth answer has no token');
    // Paymob's tokens last an hour: renew a little before.
    this.token = { value: body.token, until: Date.now() + 50 * 60_000 };
    return body.token;
  }
}
