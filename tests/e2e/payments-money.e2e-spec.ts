import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const password = 'money-password-1';

/**
 * Money through the gateway: wallets that concurrent orders can never overdraw, a
 * rejected wallet order refunded to the wallet, and the 15 % commission record for a completed order.
 */
describe('payments money: wallets, refunds, commissions', () => {
  const e2e = useTestFleet({ namespace: `e2emoney${run}`, database: 'platter_e2e_money', gatewayPort: 8200, env: { RATE_LIMITS_ENABLED: 'false' } });

  let admin: string;
  let ownerToken: string;
  let restaurantId: string;
  let itemId: string;

  async function register(role: 'customer' | 'restaurant_owner' | 'driver', name: string) {
    const r = await api(e2e.gateway(), 'POST', '/auth/register', { body: { email: `${role}-${name.toLowerCase()}-${run}@example.cm`, password, name, role } });
    expect(r.status).toBe(201);
    return { id: r.body.data.user.id as string, token: r.body.data.tokens.access_token as string };
  }

  const orderOf = (token: string, id: string) => api(e2e.gateway(), 'GET', `/client/orders/${id}`, { token });
  const wallet = (token: string) => api(e2e.gateway(), 'GET', '/client/wallet', { token });
  const place = (token: string, quantity = 1) =>
    eventually(
      () => api(e2e.gateway(), 'POST', '/client/orders', {
        token,
        body: { restaurant_id: restaurantId, items: [{ menu_item_id: itemId, quantity }], delivery_type: 'pickup', payment_method: 'wallet' },
      }),
      // The restaurant's copy reaches ordering shortly after approval.
      (r) => r.status !== 422 && r.status !== 404,
    );
  const credit = (userId: string, amount: number, reason = 'Test funds') =>
    api(e2e.gateway(), 'POST', `/admin/wallets/${userId}/credit`, { token: admin, body: { amount, reason } });

  beforeAll(async () => {
    const gw = e2e.gateway();
    admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const owner = await register('restaurant_owner', 'Mireille');
    const restaurant = await api(gw, 'POST', '/restaurant/profile', {
      token: owner.token,
      body: { name: `Money ${run}`, address: 'Bastos, Yaoundé', latitude: 3.89, longitude: 11.51 },
    });
    expect(restaurant.status).toBe(201);
    restaurantId = restaurant.body.data.id;
    // 12,500 XAF: two make a 25,000 XAF order (commission 3,750).
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner.token, body: { name: 'Poulet DG', price: 12_500 } });
    expect(item.status).toBe(201);
    itemId = item.body.data.id;
    expect((await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin })).status).toBe(200);
    const login = await api(gw, 'POST', '/auth/login', { body: { email: `restaurant_owner-mireille-${run}@example.cm`, password } });
    ownerToken = login.body.data.tokens.access_token;
  }, 60_000);

  it('lets an admin fund a wallet, and concurrent wallet orders take only what it covers', async () => {
    const gw = e2e.gateway();
    const customer = await register('customer', 'Ada');
    expect((await wallet(customer.token)).body.data).toMatchObject({ balance: 0, currency: 'XAF', recent_entries: [] });

    // Learn one order's total (tax and fees included) from a first, unfunded order: it fails for good.
    const probe = await place(customer.token);
    expect(probe.status).toBe(201);
    const total = probe.body.data.total_amount as number;
    await eventually(() => orderOf(customer.token, probe.body.data.id), (r) => r.body.data?.status === 'cancelled');

    const funded = await credit(customer.id, total * 2 + Math.floor(total / 2));
    expect(funded.status).toBe(201);
    expect(funded.body.data).toMatchObject({ user_id: customer.id, balance: total * 2 + Math.floor(total / 2), currency: 'XAF' });

    const placed = await Promise.all(Array.from({ length: 5 }, () => place(customer.token)));
    expect(placed.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const final = await Promise.all(
      placed.map((p) => eventually(() => orderOf(customer.token, p.body.data.id), (r) => ['confirmed', 'cancelled'].includes(r.body.data?.status), 30_000)),
    );
    const statuses = final.map((r) => r.body.data.status).sort();
    expect(statuses).toEqual(['cancelled', 'cancelled', 'cancelled', 'confirmed', 'confirmed']);

    const after = await wallet(customer.token);
    expect(after.body.data.balance).toBe(Math.floor(total / 2));
    const entries = await api(gw, 'GET', '/client/wallet/transactions?limit=100', { token: customer.token });
    expect(entries.status).toBe(200);
    expect(entries.body.pagination).toMatchObject({ page: 1, limit: 100, total: 3 });
    const sum = entries.body.data.reduce((s: number, e: { amount: number }) => s + e.amount, 0);
    expect(sum).toBe(after.body.data.balance);
    expect(entries.body.data.every((e: { balance_after: number }) => e.balance_after >= 0)).toBe(true);
    expect(entries.body.data.map((e: { kind: string }) => e.kind).sort()).toEqual(['credit', 'wallet_charge', 'wallet_charge']);

    // Paying again is idempotent; someone else's order is not found.
    const confirmed = placed[final.findIndex((r) => r.body.data.status === 'confirmed')].body.data.id;
    const again = await api(gw, 'POST', '/payments/wallet/charge', { token: customer.token, body: { order_id: confirmed } });
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ order_id: confirmed, status: 'succeeded', provider: 'wallet' });
    expect((await wallet(customer.token)).body.data.balance).toBe(Math.floor(total / 2));
    const stranger = await register('customer', 'Eve');
    expect((await api(gw, 'POST', '/payments/wallet/charge', { token: stranger.token, body: { order_id: confirmed } })).status).toBe(404);
  }, 90_000);

  it('refunds a wallet order the restaurant rejects to the wallet', async () => {
    const customer = await register('customer', 'Bako');
    // A retried credit under one Idempotency-Key moves the money once; the key with another body is refused.
    const keyed = (amount: number) =>
      api(e2e.gateway(), 'POST', `/admin/wallets/${customer.id}/credit`, { token: admin, body: { amount, reason: 'Test funds' }, headers: { 'Idempotency-Key': `credit-${customer.id}` } });
    const first = await keyed(100_000);
    expect(first.status).toBe(201);
    expect((await keyed(100_000)).body.data).toEqual(first.body.data);
    expect((await keyed(90_000)).status).toBe(422);
    expect((await wallet(customer.token)).body.data.balance).toBe(100_000);
    const placed = await place(customer.token);
    expect(placed.status).toBe(201);
    const order = placed.body.data;
    await eventually(() => orderOf(customer.token, order.id), (r) => r.body.data?.status === 'confirmed');
    expect((await wallet(customer.token)).body.data.balance).toBe(100_000 - order.total_amount);

    const rejected = await api(e2e.gateway(), 'PUT', `/restaurant/orders/${order.id}/reject`, { token: ownerToken, body: { reason: 'Out of chicken' } });
    expect(rejected.status).toBe(200);
    const back = await eventually(() => wallet(customer.token), (r) => r.body.data?.balance === 100_000);
    expect(back.body.data.recent_entries[0]).toMatchObject({ kind: 'refund', amount: order.total_amount });
  }, 60_000);

  it('records the 15 % commission for a 25,000 XAF pickup order once it is completed', async () => {
    const gw = e2e.gateway();
    const customer = await register('customer', 'Chantal');
    expect((await credit(customer.id, 100_000)).status).toBe(201);
    const placed = await place(customer.token, 2);
    expect(placed.status).toBe(201);
    const order = placed.body.data;
    expect(order.subtotal).toBe(25_000);
    await eventually(() => orderOf(customer.token, order.id), (r) => r.body.data?.status === 'confirmed');

    for (const step of ['accept', 'preparing', 'ready', 'complete']) {
      const moved = await eventually(
        () => api(gw, 'PUT', `/restaurant/orders/${order.id}/${step}`, { token: ownerToken }),
        // The kitchen's ticket may move the order first: either way it gets there.
        (r) => r.status === 200 || r.status === 422,
      );
      expect([200, 422]).toContain(moved.status);
    }
    await eventually(() => orderOf(customer.token, order.id), (r) => r.body.data?.status === 'completed', 20_000);

    const report = await eventually(
      () => api(gw, 'GET', `/admin/reports/commissions?restaurant_id=${restaurantId}`, { token: admin }),
      (r) => r.status === 200 && r.body.data.records?.some((c: { order_id: string }) => c.order_id === order.id),
    );
    const record = report.body.data.records.find((c: { order_id: string }) => c.order_id === order.id);
    expect(record).toMatchObject({
      restaurant_id: restaurantId, order_total: 25_000, commission_rate: 0.15, platform_fee: 3750, restaurant_share: 21_250, status: 'calculated', currency: 'XAF',
    });
    expect(Date.parse(record.due_date) - Date.parse(record.completed_at)).toBe(7 * 86_400_000);
    expect(report.body.data.totals).toEqual([expect.objectContaining({ currency: 'XAF', platform_fee: expect.any(Number) })]);

    // Not yet due: the payout run leaves it for its cycle.
    const payouts = await api(gw, 'POST', '/admin/payouts/run', { token: admin, body: {} });
    expect(payouts.status).toBe(200);
    expect(payouts.body.data.payouts.filter((p: { payee_id: string }) => p.payee_id === restaurantId)).toEqual([]);
  }, 90_000);

  it('answers drivers and admins with their money, and refuses what they may not do', async () => {
    const gw = e2e.gateway();
    const driver = await register('driver', 'Yves');
    const customer = await register('customer', 'Dora');
    const summary = await api(gw, 'GET', '/driver/earnings/summary', { token: driver.token });
    expect(summary.status).toBe(200);
    expect(summary.body.data).toMatchObject({ currency: 'XAF', today: 0, week: 0, month: 0, total: 0, available_balance: 0 });
    const tooMuch = await api(gw, 'POST', '/driver/payouts/request', { token: driver.token, body: { amount: 1000 } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error?.code).toBe('INSUFFICIENT_BALANCE');
    expect((await api(gw, 'GET', '/driver/payouts', { token: driver.token })).body).toMatchObject({ data: [], pagination: { total: 0 } });

    expect((await api(gw, 'GET', '/driver/earnings', { token: customer.token })).status).toBe(403);
    expect((await api(gw, 'POST', `/admin/wallets/${customer.id}/credit`, { token: customer.token, body: { amount: 5, reason: 'me' } })).status).toBe(403);
    const bad = await api(gw, 'POST', `/admin/wallets/${customer.id}/credit`, { token: admin, body: { amount: -5, reason: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('VALIDATION_ERROR');
    expect((await api(gw, 'POST', '/payments/wallet/charge', { token: customer.token, body: { order_id: 'nope' } })).status).toBe(400);
    expect((await api(gw, 'PUT', '/admin/payouts/00000000-0000-4000-8000-000000000000/status', { token: admin, body: { status: 'paid' } })).status).toBe(404);
    const report = await api(gw, 'GET', '/admin/reports/payouts', { token: admin });
    expect(report.status).toBe(200);
    expect(report.body.data).toMatchObject({ payouts: expect.any(Array), totals: expect.any(Array) });
  }, 60_000);
});
