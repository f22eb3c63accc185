import { randomUUID } from 'node:crypto';
import { FakeCampay, FakeNoupay, FakePaymob, FakeStripe } from '@platter/testing';
import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const password = 'idempotency-password-1';
const GATEWAY_PORT = 11000;
const WEBHOOK = (provider: string) => `http://127.0.0.1:${GATEWAY_PORT}/api/v1/payments/webhook/${provider}`;
const PHONE = '+237670000311';

/**
 * Every POST that places an order or moves money needs an Idempotency-Key: without one the gateway
 * answers 400 naming the header, a malformed one is 400 too, and the same key sent twice has one
 * effect (one order, one provider call, one credit, one refund request).
 */
describe('Idempotency-Key on order and money POSTs', () => {
  const campay = new FakeCampay({ username: 'e2e-campay', password: 'e2e-campay-pass', webhookKey: 'e2e-campay-webhook', webhookUrl: WEBHOOK('campay') });
  const noupay = new FakeNoupay({ apiKey: 'e2e-noupay-key', secret: 'e2e-noupay-secret', webhookUrl: WEBHOOK('noupay') });
  const stripe = new FakeStripe({ secretKey: 'sk_test_e2e', webhookSecret: 'whsec_e2e', webhookUrl: WEBHOOK('stripe') });
  const paymob = new FakePaymob({ apiKey: 'e2e-paymob-key', integrationId: 5150, hmacSecret: 'e2e-paymob-hmac', callbackUrl: WEBHOOK('paymob') });
  // Below the gateway's port: the services take the hundred ports above it.
  const ports = { campay: 10990, noupay: 10991, stripe: 10992, paymob: 10993 };
  beforeAll(() => Promise.all([campay.start(ports.campay), noupay.start(ports.noupay), stripe.start(ports.stripe), paymob.start(ports.paymob)]));
  afterAll(() => Promise.all([campay.stop(), noupay.stop(), stripe.stop(), paymob.stop()]));

  const e2e = useTestFleet({
    namespace: `e2eidem${run}`,
    database: 'platter_e2e_idempotency',
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
  let admin: string;
  let ownerToken: string;
  let restaurantId: string;
  let itemId: string;
  let customer: { id: string; token: string };
  let driver: { id: string; token: string };

  async function register(role: 'customer' | 'restaurant_owner' | 'driver', name: string, extra: Record<string, unknown> = {}) {
    const email = `${role}-${name.toLowerCase()}-${run}@example.cm`;
    const r = await api(gw, 'POST', '/auth/register', { body: { email, password, name, role, ...extra } });
    expect(r.status).toBe(201);
    return { id: r.body.data.user.id as string, token: r.body.data.tokens.access_token as string, email };
  }

  beforeAll(async () => {
    gw = e2e.gateway();
    admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const owner = await register('restaurant_owner', 'Ekwe');
    customer = await register('customer', 'Paul', { phone: PHONE });
    driver = await register('driver', 'Serge');
    const restaurant = await api(gw, 'POST', '/restaurant/profile', { token: owner.token, body: { name: `Keys ${run}`, address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 } });
    expect(restaurant.status).toBe(201);
    restaurantId = restaurant.body.data.id;
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner.token, body: { name: 'Ndolé', price: 2500 } });
    expect(item.status).toBe(201);
    itemId = item.body.data.id;
    expect((await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin })).status).toBe(200);
    ownerToken = (await api(gw, 'POST', '/auth/login', { body: { email: owner.email, password } })).body.data.tokens.access_token;
  }, 60_000);

  const pickup = (payment_method: string) => ({ restaurant_id: restaurantId, items: [{ menu_item_id: itemId, quantity: 1 }], delivery_type: 'pickup', payment_method });

  /** Places with a fresh key each try: the menu reaches ordering's copy through events. */
  async function place(payment_method: string): Promise<{ id: string; total_amount: number }> {
    const r = await eventually(() => api(gw, 'POST', '/client/orders', { token: customer.token, body: pickup(payment_method) }), (x) => x.status !== 422);
    expect([r.status, r.body.error]).toEqual([201, undefined]);
    return r.body.data;
  }

  /**
   * The same POST twice under one key, the first retried (same key) while it answers `notYet` (a
   * payment not opened yet); `calls` counts the provider requests the second one made.
   */
  async function twice(path: string, token: string | undefined, body: unknown, o: { notYet?: (status: number) => boolean; calls?: () => number } = {}) {
    const key = `twice-${randomUUID()}`;
    const notYet = o.notYet ?? ((status: number) => status === 404);
    const first = await eventually(() => api(gw, 'POST', path, { token, body, idempotencyKey: key }), (r) => !notYet(r.status));
    const callsBefore = o.calls?.() ?? 0;
    const second = await api(gw, 'POST', path, { token, body, idempotencyKey: key });
    return { first, second, callsBySecond: (o.calls?.() ?? 0) - callsBefore };
  }

  it('refuses every order and money POST without the header (400, naming it), and a malformed key', async () => {
    const someId = randomUUID();
    const routes: Array<{ path: string; token: () => string | undefined; body: unknown }> = [
      { path: '/client/orders', token: () => customer.token, body: pickup('cash') },
      { path: '/guest/orders', token: () => undefined, body: { ...pickup('cash'), guest: { name: 'Awa', phone: '+237670000312' } } },
      { path: '/orders', token: () => ownerToken, body: { orderType: 'offline', items: [{ productId: itemId, quantity: 1 }] } },
      { path: '/payments/campay/initiate', token: () => customer.token, body: { order_id: someId, phone: PHONE } },
      { path: '/payments/noupay/initiate', token: () => customer.token, body: { order_id: someId, phone: PHONE } },
      { path: '/payments/stripe/create-intent', token: () => customer.token, body: { order_id: someId } },
      { path: '/payments/paymob/initiate', token: () => customer.token, body: { order_id: someId } },
      { path: '/client/wallet/topup', token: () => customer.token, body: { amount: 1000, method: 'stripe' } },
      { path: `/admin/wallets/${customer.id}/credit`, token: () => admin, body: { amount: 100, reason: 'Sorry' } },
      { path: '/driver/payouts/request', token: () => driver.token, body: { amount: 1000 } },
      { path: `/admin/orders/${someId}/refund`, token: () => admin, body: { amount: 100, reason: 'Cold food' } },
    ];
    for (const route of routes) {
      const missing = await api(gw, 'POST', route.path, { token: route.token(), body: route.body, idempotencyKey: null });
      expect([route.path, missing.status, missing.body.error?.code]).toEqual([route.path, 400, 'IDEMPOTENCY_KEY_REQUIRED']);
      expect(missing.body.error?.details).toEqual([{ field: 'Idempotency-Key', message: expect.stringContaining('required') }]);
      for (const malformed of ['has a space', 'k'.repeat(256), 'é-not-ascii']) {
        const bad = await api(gw, 'POST', route.path, { token: route.token(), body: route.body, idempotencyKey: malformed });
        expect([route.path, bad.status, bad.body.error?.code, bad.body.error?.details?.[0]?.field]).toEqual([route.path, 400, 'VALIDATION_ERROR', 'Idempotency-Key']);
      }
    }
    // The longest key allowed is accepted.
    const longest = await eventually(() => api(gw, 'POST', '/client/orders', { token: customer.token, body: pickup('cash'), idempotencyKey: `${'k'.repeat(250)}${randomUUID().slice(0, 5)}` }), (x) => x.status !== 422);
    expect(longest.status).toBe(201);
  });

  it('marks the header required in the OpenAPI document on those operations', async () => {
    const doc = (await fetch(`${gw}/api/docs-json`).then((r) => r.json())) as { paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; required?: boolean }> }>> };
    const operations = [
      ['/api/v1/client/orders', 'post'], ['/api/v1/guest/orders', 'post'], ['/api/v1/orders', 'post'], ['/api/v1/payments/campay/initiate', 'post'], ['/api/v1/payments/noupay/initiate', 'post'],
      ['/api/v1/payments/stripe/create-intent', 'post'], ['/api/v1/payments/paymob/initiate', 'post'], ['/api/v1/client/wallet/topup', 'post'],
      ['/api/v1/admin/wallets/{user_id}/credit', 'post'], ['/api/v1/driver/payouts/request', 'post'], ['/api/v1/admin/orders/{id}/refund', 'post'],
    ];
    for (const [path, method] of operations) {
      const header = doc.paths[path]?.[method]?.parameters?.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      expect([path, header?.required]).toEqual([path, true]);
    }
  });

  it('places one customer order, one guest order and one staff order for a key sent twice', async () => {
    await place('cash');
    const { first, second } = await twice('/client/orders', customer.token, pickup('cash'));
    expect(first.status).toBe(201);
    expect(second.body.data.id).toBe(first.body.data.id);
    const mine = await api(gw, 'GET', '/client/orders?limit=100', { token: customer.token });
    expect(mine.body.data.filter((o: { id: string }) => o.id === first.body.data.id)).toHaveLength(1);

    const guest = await twice('/guest/orders', undefined, { ...pickup('cash'), guest: { name: 'Awa', phone: '+237670000312' } });
    expect(guest.first.status).toBe(201);
    expect(guest.second.body.data).toEqual(guest.first.body.data);
    const tracked = await api(gw, 'GET', `/guest/orders/${guest.first.body.data.order.id}/track?token=${guest.first.body.data.tracking_token}`);
    expect(tracked.body.data?.id).toBe(guest.first.body.data.order.id);

    const staff = await twice('/orders', ownerToken, { orderType: 'offline', items: [{ productId: itemId, quantity: 1 }] });
    expect(staff.first.status).toBe(201);
    expect(staff.second.body.data.id).toBe(staff.first.body.data.id);
  });

  it('asks each provider once for a checkout sent twice under one key', async () => {
    const posts = (fake: { callsTo(method: string, path: string): unknown[] }) => () => fake.callsTo('POST', '/').length;
    const checkouts: Array<{ method: string; path: string; body: (orderId: string) => unknown; calls: () => number }> = [
      { method: 'campay', path: '/payments/campay/initiate', body: (order_id) => ({ order_id, phone: PHONE }), calls: posts(campay) },
      { method: 'noupay', path: '/payments/noupay/initiate', body: (order_id) => ({ order_id, phone: PHONE }), calls: posts(noupay) },
      { method: 'stripe', path: '/payments/stripe/create-intent', body: (order_id) => ({ order_id }), calls: posts(stripe) },
      { method: 'paymob', path: '/payments/paymob/initiate', body: (order_id) => ({ order_id }), calls: posts(paymob) },
    ];
    for (const c of checkouts) {
      const order = await place(c.method);
      const { first, second, callsBySecond } = await twice(c.path, customer.token, c.body(order.id), { calls: c.calls });
      expect([c.path, first.status, first.body.data?.provider]).toEqual([c.path, 200, c.method]);
      expect(second.body.data).toEqual(first.body.data);
      expect([c.path, callsBySecond]).toEqual([c.path, 0]);
    }
  });

  it('tops a wallet up once, credits it once and asks for a refund once for a key sent twice', async () => {
    const intents = () => stripe.callsTo('POST', '/v1/payment_intents').length;
    const intentsBefore = intents();
    const topUp = await twice('/client/wallet/topup', customer.token, { amount: 3000, method: 'stripe' }, { calls: intents });
    expect(topUp.first.status).toBe(201);
    expect(topUp.second.body.data).toEqual(topUp.first.body.data);
    expect([intents() - intentsBefore, topUp.callsBySecond]).toEqual([1, 0]);

    const before = (await api(gw, 'GET', '/client/wallet', { token: customer.token })).body.data.balance as number;
    const credit = await twice(`/admin/wallets/${customer.id}/credit`, admin, { amount: 700, reason: 'Sorry for the wait' });
    expect(credit.first.status).toBe(201);
    expect(credit.second.body.data).toEqual(credit.first.body.data);
    expect((await api(gw, 'GET', '/client/wallet', { token: customer.token })).body.data.balance).toBe(before + 700);

    const payout = await twice('/driver/payouts/request', driver.token, { amount: 1000 }, { notYet: () => false });
    // Nothing earned yet: refused both times, and nothing recorded.
    expect([payout.first.status, payout.first.body.error?.code, payout.second.body.error?.code]).toEqual([422, 'INSUFFICIENT_BALANCE', 'INSUFFICIENT_BALANCE']);
    expect((await api(gw, 'GET', '/driver/payouts', { token: driver.token })).body.pagination).toMatchObject({ total: 0 });

    const order = await place('cash');
    const move = (step: string) => api(gw, 'PUT', `/restaurant/orders/${order.id}/${step}`, { token: ownerToken });
    // The kitchen's ticket follows the order through events: a step may have to wait for it.
    for (const step of ['accept', 'preparing', 'ready', 'complete']) expect((await eventually(() => move(step), (r) => r.status === 200)).status).toBe(200);
    const refund = await twice(`/admin/orders/${order.id}/refund`, admin, { amount: 1000, reason: 'cold food', to_wallet: true });
    expect([refund.first.status, refund.first.body.data]).toEqual([202, expect.objectContaining({ order_id: order.id, amount: 1000 })]);
    expect(refund.second.body.data).toEqual(refund.first.body.data);
    const audit = (await api(gw, 'GET', `/admin/orders/${order.id}`, { token: admin })).body.data.audit as Array<{ action: string }>;
    expect(audit.filter((a) => a.action === 'refund.requested')).toHaveLength(1);
  });
});
