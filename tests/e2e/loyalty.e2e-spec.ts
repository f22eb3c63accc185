import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const password = 'loyalty-password-1';

/**
 * Loyalty through the gateway: points on a completed order (10 per 1000 XAF), 50 for a
 * review (once per order, only once the order is done), points spent on the next order and given
 * back when it is cancelled, a referral paying 500 to the referrer on the referred customer's first
 * completed order, and a guest's feedback through the tracking token.
 */
describe('loyalty points, reviews and referrals', () => {
  const e2e = useTestFleet({ namespace: `e2eloyal${run}`, database: 'platter_e2e_loyalty', gatewayPort: 8800, env: { RATE_LIMITS_ENABLED: 'false' } });

  let gw: string;
  let ownerToken: string;
  let restaurantId: string;
  let itemId: string;

  async function register(role: 'customer' | 'restaurant_owner', name: string, extra: Record<string, unknown> = {}) {
    const email = `${role}-${name.toLowerCase()}-${run}@example.cm`;
    const r = await api(gw, 'POST', '/auth/register', { body: { email, password, name, role, ...extra } });
    expect(r.status).toBe(201);
    return { id: r.body.data.user.id as string, token: r.body.data.tokens.access_token as string, email };
  }

  const pickupOrder = (extra: Record<string, unknown> = {}) => ({
    restaurant_id: restaurantId,
    items: [{ menu_item_id: itemId, quantity: 1 }],
    delivery_type: 'pickup',
    payment_method: 'cash',
    ...extra,
  });

  /** The restaurant takes a confirmed pickup order through to completed (handed over at the counter). */
  async function handOver(orderId: string) {
    for (const step of ['accept', 'preparing', 'ready', 'complete']) {
      const r = await api(gw, 'PUT', `/restaurant/orders/${orderId}/${step}`, { token: ownerToken });
      expect([step, r.status, r.body.error]).toEqual([step, 200, undefined]);
    }
  }

  const pointsOf = (token: string) => api(gw, 'GET', '/client/loyalty/points', { token });

  beforeAll(async () => {
    gw = e2e.gateway();
    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const owner = await register('restaurant_owner', 'Mama');
    const restaurant = await api(gw, 'POST', '/restaurant/profile', {
      token: owner.token,
      body: { name: `Loyalty ${run}`, address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
    });
    expect(restaurant.status).toBe(201);
    restaurantId = restaurant.body.data.id;
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner.token, body: { name: 'Ndolé complet', price: 12_500 } });
    expect(item.status).toBe(201);
    itemId = item.body.data.id;
    expect((await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin })).status).toBe(200);
    // A token naming the restaurant it acts for: a fresh login after approval.
    ownerToken = (await api(gw, 'POST', '/auth/login', { body: { email: owner.email, password } })).body.data.tokens.access_token;
  }, 60_000);

  it('pays a referral, earns on completion, rewards one review per completed order, spends and gives back points', async () => {
    const alice = await register('customer', 'Alice', { birthday: '1992-05-17' });
    const stats = await eventually(() => api(gw, 'GET', '/client/referrals/stats', { token: alice.token }), (r) => r.status === 200);
    const code = stats.body.data.referral_code as string;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(stats.body.data).toMatchObject({ invited: 0, signed_up: 0, completed: 0, points_earned: 0, bonus_per_referral: 500 });
    const invited = await api(gw, 'POST', '/client/referrals/send', { token: alice.token, body: { email: `bob-${run}@example.cm` } });
    expect(invited.status).toBe(201);
    expect(invited.body.data).toMatchObject({ channel: 'email', referral_code: code });
    expect((await api(gw, 'POST', '/client/referrals/send', { token: alice.token, body: {} })).status).toBe(400);

    // Bob signs up with Alice's code (as typed, lower case) and completes a pickup order paid cash.
    const bob = await register('customer', 'Bob', { referral_code: code.toLowerCase() });
    await eventually(() => api(gw, 'GET', '/client/referrals/stats', { token: alice.token }), (r) => r.body.data?.signed_up === 1);
    const placed = await eventually(
      () => api(gw, 'POST', '/client/orders', { token: bob.token, body: pickupOrder() }),
      (r) => r.status !== 422,
    );
    expect(placed.status).toBe(201);
    const order = placed.body.data;
    expect(order).toMatchObject({ status: 'confirmed', total_amount: 12_500 });

    // Not reviewable before it is done.
    const early = await api(gw, 'POST', `/client/orders/${order.id}/review`, { token: bob.token, body: { rating: 5 } });
    expect(early.status).toBe(422);

    await handOver(order.id);
    const earned = await eventually(() => pointsOf(bob.token), (r) => r.body.data?.balance === 120);
    expect(earned.body.data).toMatchObject({ worth: { currency: 'XAF', amount: 120 }, tier: { name: 'bronze' } });
    expect(earned.body.data.redemption_options).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'discount', points: 100 }), expect.objectContaining({ type: 'free_delivery', points: 200 })]),
    );
    // Alice's 500 for Bob's first completed order.
    await eventually(() => pointsOf(alice.token), (r) => r.body.data?.balance === 500);
    expect((await api(gw, 'GET', '/client/referrals/stats', { token: alice.token })).body.data).toMatchObject({
      referral_code: code, invited: 1, signed_up: 1, completed: 1, points_earned: 500,
    });

    // One review: +50; a second is 422; someone else's order is 404; a rating of 6 is 400.
    expect((await api(gw, 'POST', `/client/orders/${order.id}/review`, { token: bob.token, body: { rating: 6 } })).status).toBe(400);
    expect((await api(gw, 'POST', `/client/orders/${order.id}/review`, { token: alice.token, body: { rating: 1 } })).status).toBe(404);
    const review = await api(gw, 'POST', `/client/orders/${order.id}/review`, { token: bob.token, body: { rating: 5, comment: 'Excellent ndolé' } });
    expect(review.status).toBe(201);
    expect(review.body.data).toMatchObject({ order_id: order.id, rating: 5, comment: 'Excellent ndolé', points_earned: 50 });
    const again = await api(gw, 'POST', `/client/orders/${order.id}/review`, { token: bob.token, body: { rating: 4 } });
    expect(again.status).toBe(422);
    expect((await pointsOf(bob.token)).body.data.balance).toBe(170);
    const mine = await api(gw, 'GET', '/client/reviews', { token: bob.token });
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((r: { id: string }) => r.id)).toEqual([review.body.data.id]);

    // 100 points off the next order; cancelling it gives them back.
    const next = await api(gw, 'POST', '/client/orders', { token: bob.token, body: pickupOrder({ loyalty_points: 100 }) });
    expect(next.status).toBe(201);
    expect(next.body.data).toMatchObject({ total_amount: 12_400, loyalty_points_redeemed: 100 });
    expect((await pointsOf(bob.token)).body.data.balance).toBe(70);
    const greedy = await api(gw, 'POST', '/client/orders', { token: bob.token, body: pickupOrder({ loyalty_points: 1000 }) });
    expect([greedy.status, greedy.body.error?.code]).toEqual([422, 'INSUFFICIENT_POINTS']);
    expect((await api(gw, 'PUT', `/client/orders/${next.body.data.id}/cancel`, { token: bob.token, body: {} })).status).toBe(200);
    await eventually(() => pointsOf(bob.token), (r) => r.body.data?.balance === 170);

    const history = await api(gw, 'GET', '/client/loyalty/history?page=1&limit=10', { token: bob.token });
    expect(history.status).toBe(200);
    expect(history.body.data.map((e: { kind: string; points: number }) => [e.kind, e.points])).toEqual([
      ['restored', 100], ['redeemed', -100], ['review', 50], ['order_completed', 120],
    ]);
    expect(history.body.pagination).toMatchObject({ page: 1, limit: 10, total: 4 });
  }, 120_000);

  it('takes a guest’s feedback on their completed order with its tracking token only', async () => {
    const placed = await api(gw, 'POST', '/guest/orders', {
      body: pickupOrder({ guest: { name: 'Guest Ngo', phone: '+237670000808' } }),
    });
    expect(placed.status).toBe(201);
    const { order, tracking_token: token } = placed.body.data;
    await handOver(order.id);
    const wrong = await api(gw, 'POST', `/guest/orders/${order.id}/feedback?token=not-the-token`, { body: { rating: 4 } });
    expect(wrong.status).toBe(404);
    const feedback = await api(gw, 'POST', `/guest/orders/${order.id}/feedback?token=${encodeURIComponent(token)}`, { body: { rating: 4, comment: 'Bon' } });
    expect(feedback.status).toBe(201);
    expect(feedback.body.data).toMatchObject({ order_id: order.id, rating: 4, points_earned: 0 });
    const twice = await api(gw, 'POST', `/guest/orders/${order.id}/feedback?token=${encodeURIComponent(token)}`, { body: { rating: 4 } });
    expect(twice.status).toBe(422);
  }, 60_000);

  it('keeps loyalty routes to customers', async () => {
    expect((await api(gw, 'GET', '/client/loyalty/points')).status).toBe(401);
    expect((await api(gw, 'GET', '/client/loyalty/points', { token: ownerToken })).status).toBe(403);
  });
});
