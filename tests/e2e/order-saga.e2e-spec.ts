import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const password = 'saga-password-1';

/**
 * The order saga's deadlines and interventions through the gateway, with the real services and
 * ordering's deadlines shortened to seconds: unpaid and unaccepted orders cancelled by the watchdog
 * (a wallet-paid one refunded to the wallet), customer and guest cancellation, the restaurant's
 * handover of a pickup order, admins overriding a status and asking for a refund (audited), and a
 * stuck order listed and resumed.
 */
describe('the order saga: deadlines, cancellation and admin interventions', () => {
  const e2e = useTestFleet({
    namespace: `e2esaga${run}`,
    database: 'platter_e2e_saga',
    gatewayPort: 8600,
    env: { RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: {
      ordering: {
        ORDER_PAYMENT_WINDOW_SECONDS: '3',
        ORDER_PAYMENT_CHECK_GRACE_SECONDS: '1',
        ORDER_ACCEPT_TIMEOUT_SECONDS: '4',
        ORDER_PREPARATION_START_SECONDS: '2',
        SAGA_WATCHDOG_INTERVAL_SECONDS: '1',
      },
    },
  });

  let gw: string;
  let admin: string;
  let ownerToken: string;
  let restaurantId: string;
  let itemId: string;
  let customer: { id: string; token: string };

  async function register(role: 'customer' | 'restaurant_owner', name: string, extra: Record<string, unknown> = {}) {
    const email = `${role}-${name.toLowerCase()}-${run}@example.cm`;
    const r = await api(gw, 'POST', '/auth/register', { body: { email, password, name, role, ...extra } });
    expect(r.status).toBe(201);
    return { id: r.body.data.user.id as string, token: r.body.data.tokens.access_token as string, email };
  }

  const pickup = (payment_method: string) => ({ restaurant_id: restaurantId, items: [{ menu_item_id: itemId, quantity: 2 }], delivery_type: 'pickup', payment_method });

  async function place(payment_method: string): Promise<{ id: string; status: string; total_amount: number }> {
    // The menu reaches ordering's copy through events: retry until it has.
    const r = await eventually(() => api(gw, 'POST', '/client/orders', { token: customer.token, body: pickup(payment_method) }), (x) => x.status !== 422);
    expect([r.status, r.body.error]).toEqual([201, undefined]);
    return r.body.data;
  }

  const move = (orderId: string, step: string) => api(gw, 'PUT', `/restaurant/orders/${orderId}/${step}`, { token: ownerToken });
  const adminOrder = (orderId: string) => api(gw, 'GET', `/admin/orders/${orderId}`, { token: admin });

  beforeAll(async () => {
    gw = e2e.gateway();
    admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const owner = await register('restaurant_owner', 'Mama');
    customer = await register('customer', 'Jean', { phone: '+237670000201' });
    const restaurant = await api(gw, 'POST', '/restaurant/profile', {
      token: owner.token,
      body: { name: `Saga ${run}`, address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
    });
    expect(restaurant.status).toBe(201);
    restaurantId = restaurant.body.data.id;
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner.token, body: { name: 'Ndolé', price: 2500 } });
    expect(item.status).toBe(201);
    itemId = item.body.data.id;
    expect((await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin })).status).toBe(200);
    const login = await api(gw, 'POST', '/auth/login', { body: { email: owner.email, password } });
    ownerToken = login.body.data.tokens.access_token;
  });

  it('cancels an online order nobody paid at its payment deadline, after asking payments to check once', async () => {
    const order = await place('stripe');
    expect(order).toMatchObject({ status: 'created', payment_method: 'stripe' });
    const cancelled = await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'cancelled', 20_000);
    expect(cancelled.body.data.status).toBe('cancelled');
    const detail = (await adminOrder(order.id)).body.data;
    expect(detail.status_history.at(-1)).toMatchObject({ from: 'created', to: 'cancelled', reason: 'payment_timeout', actor_id: null });
    expect(detail.saga.payment_check_requested_at).not.toBeNull();
    expect(detail.saga.cancelled_at).not.toBeNull();
  });

  it('cancels a confirmed order the restaurant does not answer in time (restaurant_timeout)', async () => {
    const order = await place('cash');
    expect(order.status).toBe('confirmed');
    await eventually(() => adminOrder(order.id), (r) => r.body.data?.status === 'cancelled', 20_000);
    const detail = (await adminOrder(order.id)).body.data;
    expect(detail.status_history.at(-1)).toMatchObject({ from: 'confirmed', to: 'cancelled', reason: 'restaurant_timeout' });
    // Too late for the restaurant now.
    const late = await move(order.id, 'accept');
    expect([late.status, late.body.error?.code]).toEqual([422, 'INVALID_STATE_TRANSITION']);
  });

  it('refunds a wallet-paid order the restaurant did not accept, back to the wallet', async () => {
    const credit = await api(gw, 'POST', `/admin/wallets/${customer.id}/credit`, { token: admin, body: { amount: 10_000, reason: 'e2e funding' } });
    expect([credit.status, credit.body.error]).toEqual([expect.any(Number), undefined]);
    const order = await place('wallet');
    const paid = await eventually(() => adminOrder(order.id), (r) => r.body.data?.saga?.amount_paid === order.total_amount);
    expect(paid.body.data.payment_status).toBe('completed');
    const refunded = await eventually(() => adminOrder(order.id), (r) => r.body.data?.payment_status === 'refunded', 20_000);
    expect(refunded.body.data).toMatchObject({ status: 'cancelled', amount_refunded: order.total_amount });
    expect(refunded.body.data.saga).toMatchObject({ refundable: 0, flagged: false });
    const wallet = await api(gw, 'GET', '/client/wallet', { token: customer.token });
    expect(wallet.body.data.balance).toBe(10_000);
  });

  it('lets the customer cancel before the kitchen starts, and refuses once it has', async () => {
    const early = await place('cash');
    const cancelled = await api(gw, 'PUT', `/client/orders/${early.id}/cancel`, { token: customer.token, body: { reason: 'ordered twice' } });
    expect([cancelled.status, cancelled.body.data?.status]).toEqual([200, 'cancelled']);
    expect((await adminOrder(early.id)).body.data.status_history.at(-1)).toMatchObject({ to: 'cancelled', reason: 'ordered twice', actor_id: customer.id });

    const late = await place('cash');
    expect((await move(late.id, 'accept')).status).toBe(200);
    expect((await move(late.id, 'preparing')).status).toBe(200);
    const refused = await api(gw, 'PUT', `/client/orders/${late.id}/cancel`, { token: customer.token, body: {} });
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'INVALID_STATE_TRANSITION']);
    const someoneElse = await register('customer', 'Other');
    expect((await api(gw, 'PUT', `/client/orders/${late.id}/cancel`, { token: someoneElse.token, body: {} })).status).toBe(404);
  });

  it('lets a guest cancel with the tracking token only', async () => {
    const placed = await eventually(
      () => api(gw, 'POST', '/guest/orders', { body: { ...pickup('cash'), guest: { name: 'Awa', phone: '+237670000202' } } }),
      (r) => r.status !== 422,
    );
    expect(placed.status).toBe(201);
    const { order, tracking_token } = placed.body.data;
    expect((await api(gw, 'PUT', `/guest/orders/${order.id}/cancel?token=wrong-token`, { body: {} })).status).toBe(404);
    const ok = await api(gw, 'PUT', `/guest/orders/${order.id}/cancel?token=${encodeURIComponent(tracking_token)}`, { body: {} });
    expect([ok.status, ok.body.data?.status]).toEqual([200, 'cancelled']);
  });

  it('lets an admin override a status and ask for a refund, both audited', async () => {
    const order = await place('cash');
    expect((await move(order.id, 'accept')).status).toBe(200);
    const blank = await api(gw, 'PUT', `/admin/orders/${order.id}/status`, { token: admin, body: { status: 'preparing' } });
    expect(blank.status).toBe(400);
    const jump = await api(gw, 'PUT', `/admin/orders/${order.id}/status`, { token: admin, body: { status: 'completed', reason: 'skip ahead' } });
    expect([jump.status, jump.body.error?.code]).toEqual([422, 'INVALID_STATE_TRANSITION']);
    const overridden = await api(gw, 'PUT', `/admin/orders/${order.id}/status`, { token: admin, body: { status: 'preparing', reason: 'restaurant phoned it in' } });
    expect([overridden.status, overridden.body.data?.status]).toEqual([200, 'preparing']);
    expect(overridden.body.data.status_history.at(-1)).toMatchObject({ from: 'accepted', to: 'preparing', reason: 'restaurant phoned it in' });
    expect(overridden.body.data.audit).toEqual([expect.objectContaining({ action: 'status.override', detail: expect.objectContaining({ from: 'accepted', to: 'preparing' }) })]);
    expect(overridden.body.data.audit[0].actor_id).toBe(overridden.body.data.status_history.at(-1).actor_id);

    // Cash not yet collected: nothing to give back.
    const nothing = await api(gw, 'POST', `/admin/orders/${order.id}/refund`, { token: admin, body: { reason: 'goodwill', to_wallet: true } });
    expect([nothing.status, nothing.body.error?.code]).toEqual([422, 'NOTHING_TO_REFUND']);
    // Handed over at the counter: the cash is in, and the customer gets part of it back to their wallet.
    expect((await move(order.id, 'ready')).status).toBe(200);
    const completed = await move(order.id, 'complete');
    expect([completed.status, completed.body.data?.status]).toEqual([200, 'completed']);
    const asked = await api(gw, 'POST', `/admin/orders/${order.id}/refund`, { token: admin, body: { amount: 1000, reason: 'cold food', to_wallet: true } });
    expect([asked.status, asked.body.data]).toEqual([202, expect.objectContaining({ order_id: order.id, amount: 1000, to_wallet: true, status: 'requested' })]);
    const audit = (await adminOrder(order.id)).body.data.audit;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['status.override', 'refund.requested']);
    expect(audit[1].detail).toMatchObject({ amount: 1000, reason: 'cold food', to_wallet: true });

    const filtered = await api(gw, 'GET', `/admin/orders?status=completed&restaurant_id=${restaurantId}&customer_id=${customer.id}`, { token: admin });
    expect(filtered.status).toBe(200);
    expect(filtered.body.data.map((o: { id: string }) => o.id)).toContain(order.id);
    expect(filtered.body.pagination).toMatchObject({ page: 1, limit: 20 });
    expect((await api(gw, 'GET', '/admin/orders', { token: customer.token })).status).toBe(403);
  });

  it('lists a stuck order in /admin/orders/stuck and resumes it', async () => {
    const order = await place('cash');
    expect((await move(order.id, 'accept')).status).toBe(200);
    // Accepted, and preparation does not start within ORDER_PREPARATION_START_SECONDS: flagged, not cancelled.
    const stuck = await eventually(
      () => api(gw, 'GET', '/admin/orders/stuck?limit=100', { token: admin }),
      (r) => r.status === 200 && r.body.data.some((o: { id: string; saga: { flagged: boolean } }) => o.id === order.id && o.saga.flagged),
      20_000,
    );
    const listed = stuck.body.data.find((o: { id: string }) => o.id === order.id);
    expect(listed).toMatchObject({ status: 'accepted', saga: { flagged: true, note: 'accepted but preparation has not started in time' } });
    const flaggedOnly = await api(gw, 'GET', '/admin/orders?flagged=true&limit=100', { token: admin });
    expect(flaggedOnly.body.data.map((o: { id: string }) => o.id)).toContain(order.id);

    const resumed = await api(gw, 'POST', `/admin/orders/${order.id}/saga/resume`, { token: admin, body: { reason: 'called the kitchen' } });
    expect(resumed.status).toBe(200);
    expect(resumed.body.data).toMatchObject({ status: 'accepted', saga: { flagged: false, note: null } });
    expect(Date.parse(resumed.body.data.saga.step_due_at)).toBeGreaterThan(Date.now());
    expect(resumed.body.data.audit.map((a: { action: string }) => a.action)).toEqual(['saga.resumed']);

    // The restaurant gets going again; the order moves on and is no longer stuck.
    expect((await move(order.id, 'preparing')).status).toBe(200);
    const after = await adminOrder(order.id);
    expect(after.body.data).toMatchObject({ status: 'preparing', saga: { flagged: false } });

    const compensated = await api(gw, 'POST', `/admin/orders/${order.id}/saga/compensate`, { token: admin, body: { reason: 'kitchen fire' } });
    expect([compensated.status, compensated.body.data?.status]).toEqual([200, 'cancelled']);
  });
});
