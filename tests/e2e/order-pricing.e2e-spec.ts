import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const password = 'pricing-password-1';

/**
 * Order pricing through the gateway on the real stack: an order with a variant, modifiers, a
 * coupon and the restaurant's own tax rate and service fee (set through kitchen's /config, copied
 * into ordering by restaurant.config-changed) priced exactly; an idempotent retry of order
 * creation; and the restaurant staff's orders with their stats.
 */
describe('order pricing, idempotent placing and staff orders', () => {
  const e2e = useTestFleet({ namespace: `e2eprice${run}`, database: 'platter_e2e_pricing', gatewayPort: 8400, env: { RATE_LIMITS_ENABLED: 'false' } });

  let gw: string;
  let ownerToken: string;
  let restaurantId: string;
  let pizza: { id: string; large: string; small: string; thin: string; stuffed: string; cheese: string };
  let ndoleId: string;
  const address = { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 };

  async function register(role: 'customer' | 'restaurant_owner', name: string) {
    const email = `${role}-${name.toLowerCase()}-${run}@example.cm`;
    const r = await api(gw, 'POST', '/auth/register', { body: { email, password, name, role } });
    expect(r.status).toBe(201);
    return { id: r.body.data.user.id as string, token: r.body.data.tokens.access_token as string, email };
  }

  beforeAll(async () => {
    gw = e2e.gateway();
    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const owner = await register('restaurant_owner', 'Mama');
    const restaurant = await api(gw, 'POST', '/restaurant/profile', { token: owner.token, body: { name: `Pricing ${run}`, address: 'Bonanjo, Douala', latitude: 4.04, longitude: 9.69 } });
    expect(restaurant.status).toBe(201);
    restaurantId = restaurant.body.data.id;
    const item = await api(gw, 'POST', '/restaurant/menu/items', {
      token: owner.token,
      body: {
        name: 'Pizza', price: 4000,
        variants: [{ name: 'Petite', price: 3500 }, { name: 'Grande', price: 6000 }],
        modifier_groups: [
          { name: 'Pâte', min_choices: 1, max_choices: 1, options: [{ name: 'Fine', price_delta: 0 }, { name: 'Bord farci', price_delta: 800 }] },
          { name: 'Suppléments', min_choices: 0, max_choices: 2, options: [{ name: 'Fromage', price_delta: 500 }, { name: 'Oeuf', price_delta: 300 }] },
        ],
      },
    });
    expect([item.status, item.body.error]).toEqual([201, undefined]);
    const data = item.body.data;
    const option = (group: number, name: string) => data.modifier_groups[group].options.find((o: { name: string }) => o.name === name).id as string;
    pizza = {
      id: data.id,
      small: data.variants.find((v: { name: string }) => v.name === 'Petite').id,
      large: data.variants.find((v: { name: string }) => v.name === 'Grande').id,
      thin: option(0, 'Fine'),
      stuffed: option(0, 'Bord farci'),
      cheese: option(1, 'Fromage'),
    };
    ndoleId = (await api(gw, 'POST', '/restaurant/menu/items', { token: owner.token, body: { name: 'Ndolé', price: 2500 } })).body.data.id;
    const zone = await api(gw, 'POST', '/restaurant/zones', {
      token: owner.token, body: { name: 'Douala', polygon: [[9.6, 3.95], [9.8, 3.95], [9.8, 4.15], [9.6, 4.15]], delivery_fee: 1000, estimated_minutes: 30 },
    });
    expect(zone.status).toBe(201);
    expect((await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin })).status).toBe(200);
    // A fresh token names the restaurant its holder acts for.
    ownerToken = (await api(gw, 'POST', '/auth/login', { body: { email: owner.email, password } })).body.data.tokens.access_token;
  }, 60_000);

  it("prices a variant, modifiers, a coupon and the restaurant's own tax rate and service fee exactly", async () => {
    expect((await api(gw, 'PUT', '/config/tax_rate', { token: ownerToken, body: { value: '19.25' } })).status).toBe(200);
    expect((await api(gw, 'PUT', '/config/service_fee', { token: ownerToken, body: { value: '250' } })).status).toBe(200);
    const coupon = await api(gw, 'POST', '/restaurant/coupons', { token: ownerToken, body: { code: 'PIZZA10', discount_type: 'percent', percent_bps: 1000, max_discount: 5000 } });
    expect(coupon.status).toBe(201);
    expect(coupon.body.data).toMatchObject({ code: 'PIZZA10', scope: 'restaurant', currency: 'XAF', uses_count: 0 });
    expect((await api(gw, 'POST', '/restaurant/coupons', { token: ownerToken, body: { code: 'pizza10', discount_type: 'fixed', amount: 100 } })).status).toBe(409);

    const customer = await register('customer', 'Jean');
    const body = {
      restaurant_id: restaurantId,
      items: [
        { menu_item_id: pizza.id, quantity: 2, variant_id: pizza.large, modifier_ids: [pizza.stuffed, pizza.cheese] },
        { menu_item_id: ndoleId, quantity: 1 },
      ],
      delivery_type: 'delivery',
      delivery_address: address,
      payment_method: 'cash',
      coupon_code: 'pizza10',
    };
    // 2 × (6 000 + 800 + 500) + 2 500 = 17 100; coupon 10 % = 1 710; tax 19.25 % of 15 390 = 2 962.575 → 2 963;
    // + delivery 1 000 + service fee 250 = 19 603. The menu and the settings reach ordering by events: wait for both.
    const placed = await eventually(
      () => api(gw, 'POST', '/client/orders', { token: customer.token, body }),
      (r) => r.status === 201 && r.body.data.tax_amount === 2963 && r.body.data.service_fee === 250,
      20_000,
      300,
    );
    const order = placed.body.data;
    expect(order).toMatchObject({
      subtotal: 17_100, discount_amount: 1710, coupon_code: 'PIZZA10', tax_amount: 2963, delivery_fee: 1000, service_fee: 250, total_amount: 19_603,
      loyalty_points_redeemed: 0, amount_refunded: 0, status: 'confirmed', currency: 'XAF',
    });
    expect(order.items).toEqual([
      { menu_item_id: pizza.id, name: 'Pizza', quantity: 2, unit_price: 7300, total_price: 14_600, notes: null, variant_name: 'Grande', modifiers: ['Bord farci', 'Fromage'] },
      { menu_item_id: ndoleId, name: 'Ndolé', quantity: 1, unit_price: 2500, total_price: 2500, notes: null, variant_name: null, modifiers: [] },
    ]);
    expect(order.delivery_code).toMatch(/^\d{4}$/);
    // The buyer sees the delivery code again; the restaurant never does.
    expect((await api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token })).body.data.delivery_code).toBe(order.delivery_code);
    const accepted = await api(gw, 'PUT', `/restaurant/orders/${order.id}/accept`, { token: ownerToken });
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.delivery_code).toBeUndefined();
    expect(accepted.body.data.total_amount).toBe(19_603);

    const uses = await api(gw, 'GET', `/restaurant/coupons/${coupon.body.data.id}`, { token: ownerToken });
    expect(uses.body.data.uses_count).toBeGreaterThanOrEqual(1);
    // A size the item does not have, or a missing required choice, is refused with a reason.
    const noCrust = await api(gw, 'POST', '/client/orders', {
      token: customer.token, body: { ...body, coupon_code: undefined, items: [{ menu_item_id: pizza.id, quantity: 1, variant_id: pizza.small }] },
    });
    expect(noCrust.status).toBe(422);
    expect(noCrust.body.error?.message).toBe('"Pizza": choose at least 1 of Pâte');
    const unknownCoupon = await api(gw, 'POST', '/client/orders', { token: customer.token, body: { ...body, coupon_code: 'NOPE' } });
    expect([unknownCoupon.status, unknownCoupon.body.error?.code, unknownCoupon.body.error?.message]).toEqual([422, 'COUPON_NOT_APPLICABLE', 'Coupon NOPE does not exist']);
  });

  it('replays an order retried with the same Idempotency-Key, refuses the key with another body, and makes one order of ten concurrent duplicates', async () => {
    const customer = await register('customer', 'Paul');
    const body = { restaurant_id: restaurantId, items: [{ menu_item_id: ndoleId, quantity: 2 }], delivery_type: 'pickup', payment_method: 'cash' };
    const headers = { 'Idempotency-Key': `retry-${run}` };
    const first = await api(gw, 'POST', '/client/orders', { token: customer.token, body, headers });
    expect(first.status).toBe(201);
    const again = await api(gw, 'POST', '/client/orders', { token: customer.token, body, headers });
    expect(again.status).toBe(201);
    expect(again.body.data).toEqual(first.body.data);
    const other = await api(gw, 'POST', '/client/orders', { token: customer.token, body: { ...body, items: [{ menu_item_id: ndoleId, quantity: 3 }] }, headers });
    expect([other.status, other.body.error?.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);

    const burst = await Promise.all(
      Array.from({ length: 10 }, () => api(gw, 'POST', '/client/orders', { token: customer.token, body, headers: { 'Idempotency-Key': `burst-${run}` } })),
    );
    expect(burst.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(burst.map((r) => r.body.data.id)).size).toBe(1);
    const mine = await api(gw, 'GET', '/client/orders?limit=100', { token: customer.token });
    expect(mine.body.pagination.total).toBe(2);
  });

  it('takes a staff dine-in order through the staff POST /orders and reports it in GET /orders with stats', async () => {
    const regular = await register('customer', 'Awa');
    const headers = { 'Idempotency-Key': `staff-${run}` };
    const dineIn = await api(gw, 'POST', '/orders', {
      token: ownerToken,
      headers,
      body: { customerId: regular.id, orderType: 'offline', items: [{ productId: ndoleId, quantity: 2, price: 1 }], totalAmount: 2 },
    });
    expect(dineIn.status).toBe(201);
    // 5 000 + 19.25 % (962.5 → 963) + 250: the client's price and total are ignored.
    expect(dineIn.body.data).toMatchObject({
      restaurantId, customerId: regular.id, totalAmount: 6213, subtotal: 5000, taxAmount: 963, serviceFee: 250, status: 'pending', platterStatus: 'confirmed',
      paymentStatus: 'unpaid', paymentMethod: 'cash', orderType: 'offline', deliveryType: 'dine_in', source: 'staff',
      items: [{ productId: ndoleId, name: 'Ndolé', quantity: 2, price: 2500, totalPrice: 5000, variantName: null, modifiers: [], notes: null }],
    });
    const replay = await api(gw, 'POST', '/orders', {
      token: ownerToken, headers, body: { customerId: regular.id, orderType: 'offline', items: [{ productId: ndoleId, quantity: 2, price: 1 }], totalAmount: 2 },
    });
    expect(replay.body.data.id).toBe(dineIn.body.data.id);

    const pickup = await api(gw, 'POST', '/orders', {
      token: ownerToken,
      body: { customerId: regular.id, orderType: 'online', deliveryType: 'pickup', items: [{ productId: pizza.id, quantity: 1, variantId: pizza.small, modifierIds: [pizza.thin] }] },
    });
    expect(pickup.status).toBe(201);
    // 3 500 + 673.75 → 674 + 250
    expect(pickup.body.data).toMatchObject({ totalAmount: 4424, items: [{ name: 'Pizza', variantName: 'Petite', modifiers: ['Fine'], price: 3500 }] });

    const served = await api(gw, 'PATCH', `/orders/${dineIn.body.data.id}/status`, { token: ownerToken, body: { status: 'completed', paymentStatus: 'paid' } });
    expect(served.status).toBe(200);
    expect(served.body.data).toMatchObject({ status: 'completed', platterStatus: 'completed', paymentStatus: 'paid' });
    const backwards = await api(gw, 'PATCH', `/orders/${dineIn.body.data.id}/status`, { token: ownerToken, body: { status: 'pending' } });
    expect([backwards.status, backwards.body.error?.code]).toEqual([422, 'INVALID_STATE_TRANSITION']);

    const listed = await api(gw, 'GET', `/orders?customerId=${regular.id}`, { token: ownerToken });
    expect(listed.status).toBe(200);
    expect(listed.body.data.orders.map((o: { id: string }) => o.id)).toEqual([pickup.body.data.id, dineIn.body.data.id]);
    expect(listed.body.data.pagination).toEqual({ page: 1, limit: 20, total: 2, totalPages: 1 });
    // (6 213 + 4 424) / 2 = 5 318.5 → 5 319
    expect(listed.body.data.stats).toMatchObject({ totalOrders: 2, totalRevenue: 10_637, averageOrderValue: 5319, currency: 'XAF' });
    const completed = await api(gw, 'GET', `/orders?customerId=${regular.id}&status=completed`, { token: ownerToken });
    expect(completed.body.data.orders.map((o: { id: string }) => o.id)).toEqual([dineIn.body.data.id]);
    expect(completed.body.data.stats).toMatchObject({ totalOrders: 1, totalRevenue: 6213, averageOrderValue: 6213 });

    // The staff /orders routes are the restaurant team's and admins': a customer is refused.
    expect((await api(gw, 'GET', '/orders', { token: regular.token })).status).toBe(403);
  });
});
