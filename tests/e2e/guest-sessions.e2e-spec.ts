import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);

describe('guest sessions and guest orders through the gateway', () => {
  const e2e = useTestFleet({ namespace: `e2eguest${run}`, database: 'platter_e2e_guest', gatewayPort: 5400, env: { RATE_LIMITS_ENABLED: 'false' } });
  let gw: string;
  let restaurantId: string;
  let itemId: string;

  beforeAll(async () => {
    gw = e2e.gateway();
    // An approved restaurant with a menu, as the walking skeleton sets one up.
    const ownerReg = await api(gw, 'POST', '/auth/register', {
      body: { email: `owner-${run}@example.cm`, password: 'owner-password-1', name: 'Awa', role: 'restaurant_owner' },
    });
    expect(ownerReg.status).toBe(201);
    const owner = ownerReg.body.data.tokens.access_token as string;
    const created = await api(gw, 'POST', '/restaurant/profile', { token: owner, body: { name: `Chez Awa ${run}`, address: 'Bonanjo, Douala' } });
    expect(created.status).toBe(201);
    restaurantId = created.body.data.id;
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner, body: { name: 'Ndolé', price: 2500 } });
    expect(item.status).toBe(201);
    itemId = item.body.data.id;
    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const approved = await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin });
    expect(approved.status).toBe(200);
  });

  it('starts a guest session, reads it back by token, and refuses an unknown token', async () => {
    const started = await api(gw, 'POST', '/guest/session', { body: { name: 'Jean', phone: '670 12 34 56' } });
    expect(started.status).toBe(201);
    const { token, guest_id, expires_at } = started.body.data;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ttl = new Date(expires_at).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(7 * 86_400_000 - 120_000);
    expect(ttl).toBeLessThanOrEqual(7 * 86_400_000);

    const read = await api(gw, 'GET', `/guest/session/${token}`);
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({ guest_id, name: 'Jean', phone: '+237670123456', email: null, expires_at, converted_user_id: null });

    const unknown = await api(gw, 'GET', `/guest/session/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.code).toBe('NOT_FOUND');
    expect((await api(gw, 'GET', '/guest/session/short')).status).toBe(400);
  });

  it('orders as a guest, tracks the order by its token, and takes it into the account the guest registers', async () => {
    const { token } = (await api(gw, 'POST', '/guest/session', { body: {} })).body.data;
    const orderBody = {
      restaurant_id: restaurantId,
      items: [{ menu_item_id: itemId, quantity: 2 }],
      delivery_type: 'pickup',
      payment_method: 'cash',
      guest: { name: 'Jean', phone: '+237670123456' },
    };
    // Ordering's copy of the menu comes by events and may lag catalog by a moment.
    const placed = await eventually(
      () => api(gw, 'POST', '/guest/orders', { body: orderBody, headers: { 'X-Guest-Token': token } }),
      (r) => r.status !== 422,
    );
    expect(placed.status).toBe(201);
    const { order, tracking_token } = placed.body.data;
    expect(order).toMatchObject({ restaurant_id: restaurantId, customer_id: null, status: 'confirmed', subtotal: 5000, currency: 'XAF' });
    expect(tracking_token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect((await api(gw, 'POST', '/guest/orders', { body: orderBody, headers: { 'X-Guest-Token': 'y'.repeat(43) } })).status).toBe(401);
    const noContact = await api(gw, 'POST', '/guest/orders', { body: { ...orderBody, guest: undefined } });
    expect(noContact.status).toBe(400);
    expect(noContact.body.error?.details?.map((d) => d.field)).toContain('guest');

    const tracked = await api(gw, 'GET', `/guest/orders/${order.id}/track?token=${tracking_token}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.data).toMatchObject({ id: order.id, order_number: order.order_number, total_amount: order.total_amount });
    const wrongToken = await api(gw, 'GET', `/guest/orders/${order.id}/track?token=${'z'.repeat(43)}`);
    const wrongId = await api(gw, 'GET', `/guest/orders/00000000-0000-4000-8000-000000000000/track?token=${tracking_token}`);
    expect(wrongToken.status).toBe(404);
    expect(wrongId.status).toBe(404);
    expect(wrongToken.body.error).toEqual(wrongId.body.error);

    const registered = await api(gw, 'POST', '/auth/register', {
      body: { email: `guest-${run}@example.cm`, password: 'guest-password-1', name: 'Jean', guest_token: token },
    });
    expect(registered.status).toBe(201);
    const customer = registered.body.data.tokens.access_token as string;
    const customerId = registered.body.data.user.id as string;
    expect((await api(gw, 'GET', `/guest/session/${token}`)).body.data.converted_user_id).toBe(customerId);

    // Ordering hears guest.converted and gives the guest's orders to the new customer.
    const mine = await eventually(
      () => api(gw, 'GET', '/client/orders', { token: customer }),
      (r) => r.status === 200 && r.body.data.length === 1,
    );
    expect(mine.body.data[0]).toMatchObject({ id: order.id, customer_id: customerId });
    const one = await api(gw, 'GET', `/client/orders/${order.id}`, { token: customer });
    expect(one.status).toBe(200);
    expect(one.body.data.customer_id).toBe(customerId);

    // The token is used up: it converts no second account and places no more guest orders.
    const again = await api(gw, 'POST', '/auth/register', {
      body: { email: `guest-again-${run}@example.cm`, password: 'guest-password-1', name: 'Jean', guest_token: token },
    });
    expect(again.status).toBe(401);
    expect(again.body.error?.code).toBe('INVALID_TOKEN');
    const login = await api(gw, 'POST', '/auth/login', { body: { email: `guest-again-${run}@example.cm`, password: 'guest-password-1' } });
    expect(login.status).toBe(401); // the refused sign-up left no account behind
    expect((await api(gw, 'POST', '/guest/orders', { body: orderBody, headers: { 'X-Guest-Token': token } })).status).toBe(401);
  });

  it('orders as a guest without a session too', async () => {
    const placed = await api(gw, 'POST', '/guest/orders', {
      body: { restaurant_id: restaurantId, items: [{ menu_item_id: itemId, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash', guest: { name: 'Ama', phone: '+237690000001', email: 'ama@example.cm' } },
    });
    expect(placed.status).toBe(201);
    const { order, tracking_token } = placed.body.data;
    expect((await api(gw, 'GET', `/guest/orders/${order.id}/track?token=${tracking_token}`)).body.data.id).toBe(order.id);
  });
});
