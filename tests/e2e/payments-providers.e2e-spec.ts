import { FakeCampay, FakeNoupay, FakePaymob, FakeStripe } from '@platter/testing';
import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const password = 'providers-password-1';
const GATEWAY_PORT = 8000;
const WEBHOOK = (provider: string) => `http://127.0.0.1:${GATEWAY_PORT}/api/v1/payments/webhook/${provider}`;
const PHONE = '+237670000211';

/**
 * Payment providers through the gateway, against fake CamPay, NouPay, Stripe and Paymob
 * servers that check credentials and sign their webhooks like the real ones: a CamPay order
 * confirmed by its signed webhook, forged and replayed webhooks, a Stripe intent, a Paymob HMAC
 * callback, and the fallback to NouPay when CamPay is down, with one capture.
 */
describe('payment providers through the gateway', () => {
  const campay = new FakeCampay({ username: 'e2e-campay', password: 'e2e-campay-pass', webhookKey: 'e2e-campay-webhook', webhookUrl: WEBHOOK('campay') });
  const noupay = new FakeNoupay({ apiKey: 'e2e-noupay-key', secret: 'e2e-noupay-secret', webhookUrl: WEBHOOK('noupay') });
  const stripe = new FakeStripe({ secretKey: 'sk_test_e2e', webhookSecret: 'whsec_e2e', webhookUrl: WEBHOOK('stripe') });
  const paymob = new FakePaymob({ apiKey: 'e2e-paymob-key', integrationId: 5150, hmacSecret: 'e2e-paymob-hmac', callbackUrl: WEBHOOK('paymob') });
  // Fixed ports inside this file's range (gateway 8000; services take 8101+), known before the fleet starts.
  const ports = { campay: 8090, noupay: 8091, stripe: 8092, paymob: 8093 };
  beforeAll(() => Promise.all([campay.start(ports.campay), noupay.start(ports.noupay), stripe.start(ports.stripe), paymob.start(ports.paymob)]));
  afterAll(() => Promise.all([campay.stop(), noupay.stop(), stripe.stop(), paymob.stop()]));

  const e2e = useTestFleet({
    namespace: `e2epay${run}`,
    database: 'platter_e2e_payments_providers',
    gatewayPort: GATEWAY_PORT,
    env: { RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: {
      payments: {
        PAYMENT_PROVIDER_TIMEOUT_MS: '1500',
        CAMPAY_BASE_URL: `http://127.0.0.1:${ports.campay}`, CAMPAY_USERNAME: 'e2e-campay', CAMPAY_PASSWORD: 'e2e-campay-pass', CAMPAY_WEBHOOK_KEY: 'e2e-campay-webhook',
        NOUPAY_BASE_URL: `http://127.0.0.1:${ports.noupay}`, NOUPAY_API_KEY: 'e2e-noupay-key', NOUPAY_SECRET: 'e2e-noupay-secret',
        STRIPE_BASE_URL: `http://127.0.0.1:${ports.stripe}`, STRIPE_SECRET_KEY: 'sk_test_e2e', STRIPE_WEBHOOK_SECRET: 'whsec_e2e', STRIPE_PUBLISHABLE_KEY: 'pk_test_e2e',
        PAYMOB_BASE_URL: `http://127.0.0.1:${ports.paymob}`, PAYMOB_API_KEY: 'e2e-paymob-key', PAYMOB_INTEGRATION_ID: '5150', PAYMOB_IFRAME_ID: '808', PAYMOB_HMAC_SECRET: 'e2e-paymob-hmac',
      },
    },
  });

  let gw: string;
  let customer: string;
  let restaurantId: string;
  let itemId: string;

  beforeAll(async () => {
    gw = e2e.gateway();
    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const owner = await api(gw, 'POST', '/auth/register', { body: { email: `owner-${run}@example.cm`, password, name: 'Awa', role: 'restaurant_owner' } });
    const ownerToken = owner.body.data.tokens.access_token as string;
    const registered = await api(gw, 'POST', '/auth/register', { body: { email: `payer-${run}@example.cm`, password, name: 'Jean', phone: PHONE } });
    customer = registered.body.data.tokens.access_token as string;
    const restaurant = await api(gw, 'POST', '/restaurant/profile', { token: ownerToken, body: { name: `Payments ${run}`, address: 'Bonanjo, Douala', latitude: 4.04, longitude: 9.69 } });
    restaurantId = restaurant.body.data.id as string;
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: ownerToken, body: { name: 'Ndolé', price: 4500 } });
    itemId = item.body.data.id as string;
    expect((await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin })).status).toBe(200);
  });

  async function placeOrder(paymentMethod: 'campay' | 'stripe' | 'paymob') {
    const placed = await eventually(
      () => api(gw, 'POST', '/client/orders', {
        token: customer,
        body: { restaurant_id: restaurantId, items: [{ menu_item_id: itemId, quantity: 2 }], delivery_type: 'pickup', payment_method: paymentMethod },
      }),
      (r) => r.status !== 422,
    );
    expect(placed.status).toBe(201);
    expect(placed.body.data).toMatchObject({ status: 'created', payment_method: paymentMethod });
    return placed.body.data as { id: string; total_amount: number };
  }

  /** The payment is opened when payments consumes order.created: retry until it exists. */
  const checkout = (path: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    eventually(() => api(gw, 'POST', path, { token: customer, body, headers }), (r) => r.status !== 404);

  const orderStatus = (id: string, status: string) =>
    eventually(() => api(gw, 'GET', `/client/orders/${id}`, { token: customer }), (r) => r.body.data?.status === status);

  it('confirms a CamPay order on its signed webhook; a forged webhook is refused and a replay has no effect', async () => {
    const order = await placeOrder('campay');
    const started = await checkout('/payments/campay/initiate', { order_id: order.id, phone: PHONE });
    expect(started.status).toBe(200);
    expect(started.body.data).toMatchObject({ order_id: order.id, provider: 'campay', status: 'processing', amount: order.total_amount, phone: PHONE, ussd_code: '*126#' });
    const txn = campay.collections().find((t) => t.external_reference === started.body.data.reference)!;
    expect(txn).toMatchObject({ amount: String(order.total_amount), from: PHONE.slice(1) });

    // A webhook signed with another key is refused, and changes nothing.
    txn.status = 'SUCCESSFUL';
    const forged = await fetch(`${WEBHOOK('campay')}?${new URLSearchParams(campay.webhookParams(txn, 'attacker-key'))}`);
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('WEBHOOK_SIGNATURE_INVALID');

    const delivered = await campay.completeCollection(txn.reference, 'SUCCESSFUL');
    expect(delivered.status).toBe(200);
    expect(JSON.parse(delivered.answer).data).toEqual({ received: true, duplicate: false, outcome: 'captured' });
    await orderStatus(order.id, 'confirmed');

    // The same delivery again: acknowledged, applied once.
    const replayed = await fetch(delivered.url);
    expect(replayed.status).toBe(200);
    expect(((await replayed.json()) as { data: unknown }).data).toEqual({ received: true, duplicate: true, outcome: 'duplicate' });
    // Paid: no second push.
    const again = await api(gw, 'POST', '/payments/campay/initiate', { token: customer, body: { order_id: order.id } });
    expect(again.status).toBe(422);
  });

  it('confirms a Stripe order on a signed payment_intent.succeeded; a replay outside the tolerance is refused', async () => {
    const order = await placeOrder('stripe');
    const first = await checkout('/payments/stripe/create-intent', { order_id: order.id }, { 'Idempotency-Key': `intent-${run}` });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ provider: 'stripe', client_secret: expect.stringContaining('_secret_'), publishable_key: 'pk_test_e2e', amount: order.total_amount });
    const replay = await api(gw, 'POST', '/payments/stripe/create-intent', { token: customer, body: { order_id: order.id }, headers: { 'Idempotency-Key': `intent-${run}` } });
    expect(replay.body.data).toEqual(first.body.data);
    const intentId = first.body.data.payment_intent_id as string;
    expect(stripe.intents.get(intentId)).toMatchObject({ amount: order.total_amount, metadata: { payment_id: first.body.data.payment_id, order_id: order.id } });

    const intent = stripe.intents.get(intentId)!;
    Object.assign(intent, { status: 'succeeded', amount_received: intent.amount });
    const stale = stripe.signed(stripe.event('payment_intent.succeeded', intent), 'whsec_e2e', Math.floor(Date.now() / 1000) - 600);
    const refused = await fetch(WEBHOOK('stripe'), { method: 'POST', headers: stale.headers, body: stale.body });
    expect(refused.status).toBe(400);

    const delivered = await stripe.succeedIntent(intentId);
    expect(delivered.status).toBe(200);
    expect(JSON.parse(delivered.answer).data.outcome).toBe('captured');
    await orderStatus(order.id, 'confirmed');
  });

  it('confirms a Paymob order on its HMAC-verified transaction callback', async () => {
    const order = await placeOrder('paymob');
    const started = await checkout('/payments/paymob/initiate', { order_id: order.id });
    expect(started.status).toBe(200);
    expect(started.body.data.iframe_url).toMatch(new RegExp(`^http://127.0.0.1:${ports.paymob}/api/acceptance/iframes/808\\?payment_token=`));
    const paymobOrder = paymob.orderByMerchantId(started.body.data.reference)!;
    expect(paymobOrder.amount_cents).toBe(order.total_amount);

    const tampered = paymob.transaction(paymobOrder, { success: true });
    const forged = await fetch(`${WEBHOOK('paymob')}?hmac=${'0'.repeat(128)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'TRANSACTION', obj: tampered }) });
    expect(forged.status).toBe(400);

    const delivered = await paymob.pay(paymobOrder.id, true);
    expect(delivered.status).toBe(200);
    expect(JSON.parse(delivered.answer).data.outcome).toBe('captured');
    await orderStatus(order.id, 'confirmed');
  });

  it('falls back to NouPay while CamPay is down, and the order is paid exactly once', async () => {
    const order = await placeOrder('campay');
    campay.failWith('error');
    try {
      const started = await checkout('/payments/campay/initiate', { order_id: order.id, phone: PHONE });
      expect(started.status).toBe(200);
      expect(started.body.data).toMatchObject({ provider: 'noupay', status: 'processing' });
      const collections = noupay.collections().filter((c) => c.external_reference === started.body.data.reference);
      expect(collections).toHaveLength(1);
      expect(campay.collections().filter((t) => t.external_reference === started.body.data.reference)).toHaveLength(0);

      const delivered = await noupay.completeCollection(collections[0].id, 'successful');
      expect(JSON.parse(delivered.answer).data.outcome).toBe('captured');
      await orderStatus(order.id, 'confirmed');
      // One capture: CamPay holds no collection for this order, NouPay exactly one.
      const ours = noupay.collections().filter((c) => c.status === 'successful' && c.amount === order.total_amount && c.external_reference === started.body.data.reference);
      expect(ours).toHaveLength(1);
    } finally {
      campay.failWith('none');
    }
  });

  it('starts a wallet top-up through Stripe and captures it on its webhook', async () => {
    const started = await api(gw, 'POST', '/client/wallet/topup', { token: customer, body: { amount: 5000, method: 'stripe' } });
    expect(started.status).toBe(201);
    expect(started.body.data).toMatchObject({ purpose: 'wallet_topup', order_id: null, provider: 'stripe', amount: 5000, currency: 'XAF' });
    const delivered = await stripe.succeedIntent(started.body.data.payment_intent_id);
    expect(JSON.parse(delivered.answer).data.outcome).toBe('captured');
    const invalid = await api(gw, 'POST', '/client/wallet/topup', { token: customer, body: { amount: 5000, method: 'campay' } });
    expect(invalid.status).toBe(400);
  });
});
