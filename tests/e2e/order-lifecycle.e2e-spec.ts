import { Socket } from 'socket.io-client';
import { api, eventually } from './support/http-client';
import { SocketClients } from './support/socket-clients';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const password = 'lifecycle-password-1';

/**
 * The order saga end to end, as client apps drive it: a cash delivery order goes from placement to
 * completed through the restaurant, its kitchen and a driver, the customer's socket hears every
 * status, and completion settles the money (15 % commission, the driver's earning, points).
 */
describe('the order saga: a cash delivery order from placement to completed', () => {
  const e2e = useTestFleet({ namespace: `e2elife${run}`, database: 'platter_e2e_lifecycle', gatewayPort: 9200, env: { RATE_LIMITS_ENABLED: 'false' } });
  const sockets = new SocketClients();
  afterAll(() => sockets.closeAll());

  async function register(role: 'customer' | 'restaurant_owner' | 'driver', name: string, extra: Record<string, unknown> = {}) {
    const r = await api(e2e.gateway(), 'POST', '/auth/register', { body: { email: `${role}-${name.toLowerCase()}-${run}@example.cm`, password, name, role, ...extra } });
    expect(r.status).toBe(201);
    return { id: r.body.data.user.id as string, token: r.body.data.tokens.access_token as string };
  }

  it('moves through every state, tells the customer each one, and settles commission, earnings and points', async () => {
    const gw = e2e.gateway();
    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const owner = await register('restaurant_owner', 'Awa');
    const customer = await register('customer', 'Jean', { phone: '+237670000101' });
    const driver = await register('driver', 'Paul', { phone: '+237670000102' });

    const restaurant = await api(gw, 'POST', '/restaurant/profile', {
      token: owner.token,
      body: { name: `Lifecycle ${run}`, address: 'Bonanjo, Douala', latitude: 4.04, longitude: 9.69 },
    });
    expect(restaurant.status).toBe(201);
    const restaurantId = restaurant.body.data.id as string;
    // Two at 12,500 XAF: a 25,000 XAF order, whose 15 % commission is 3,750.
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner.token, body: { name: 'Poisson braisé', price: 12_500 } });
    expect(item.status).toBe(201);
    const zone = await api(gw, 'POST', '/restaurant/zones', {
      token: owner.token,
      body: { name: 'Douala', polygon: [[9.6, 3.95], [9.8, 3.95], [9.8, 4.15], [9.6, 4.15]], delivery_fee: 1000, estimated_minutes: 30 },
    });
    expect(zone.status).toBe(201);
    expect((await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin })).status).toBe(200);
    // The owner's token must name the restaurant it acts for: a fresh one after approval.
    const ownerLogin = await api(gw, 'POST', '/auth/login', { body: { email: `restaurant_owner-awa-${run}@example.cm`, password } });
    const ownerToken = ownerLogin.body.data.tokens.access_token as string;

    const socket: Socket = await sockets.connect(gw, customer.token);
    const heard: string[] = [];
    socket.on('order_status_update', (p: { status: string }) => heard.push(p.status));

    const placed = await eventually(
      () => api(gw, 'POST', '/client/orders', {
        token: customer.token,
        body: {
          restaurant_id: restaurantId,
          items: [{ menu_item_id: item.body.data.id, quantity: 2 }],
          delivery_type: 'delivery',
          delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
          payment_method: 'cash',
        },
      }),
      (r) => r.status !== 422,
    );
    expect(placed.status).toBe(201);
    const order = placed.body.data;
    // Cash is collected at the door: nothing to wait for before the restaurant sees it.
    expect(order).toMatchObject({ status: 'confirmed', subtotal: 25_000, delivery_fee: 1000, payment_method: 'cash', payment_status: 'pending' });
    expect(order.delivery_code).toMatch(/^\d{4}$/);

    expect((await api(gw, 'PUT', `/restaurant/orders/${order.id}/accept`, { token: ownerToken })).status).toBe(200);

    // The kitchen's ticket drives preparing and ready.
    const tickets = await eventually(
      () => api(gw, 'GET', `/kitchen/tickets?order_id=${order.id}`, { token: ownerToken }),
      (r) => r.status === 200 && r.body.data.length === 1,
    );
    const ticketId = tickets.body.data[0].id as string;
    expect((await api(gw, 'PUT', `/kitchen/tickets/${ticketId}/start`, { token: ownerToken })).status).toBe(200);
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'preparing');
    expect((await api(gw, 'PUT', `/kitchen/tickets/${ticketId}/ready`, { token: ownerToken })).status).toBe(200);
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'ready');

    // An approved, online driver sees it, takes it, picks it up, heads out and hands it over against the code.
    expect((await api(gw, 'PUT', '/driver/profile', { token: driver.token, body: { vehicle_type: 'motorbike', vehicle_plate: 'LT 102 A' } })).status).toBe(200);
    expect((await api(gw, 'POST', `/admin/drivers/${driver.id}/approve`, { token: admin })).status).toBe(200);
    expect((await api(gw, 'PUT', '/driver/availability', { token: driver.token, body: { online: true } })).status).toBe(200);
    await eventually(
      () => api(gw, 'GET', '/driver/orders/available', { token: driver.token }),
      (r) => r.status === 200 && r.body.data.some((d: { order_id: string }) => d.order_id === order.id),
    );
    expect((await api(gw, 'POST', `/driver/orders/${order.id}/accept`, { token: driver.token })).status).toBe(200);
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'assigned');
    expect((await api(gw, 'PUT', `/driver/orders/${order.id}/pickup`, { token: driver.token })).status).toBe(200);
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'picked_up');
    expect((await api(gw, 'PUT', '/driver/location', { token: driver.token, body: { lat: 4.045, lng: 9.695 } })).status).toBe(200);
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'in_transit');

    const wrongCode = String((Number(order.delivery_code) + 1) % 10_000).padStart(4, '0');
    const refused = await api(gw, 'PUT', `/driver/orders/${order.id}/deliver`, { token: driver.token, body: { delivery_code: wrongCode } });
    expect(refused.status).toBe(422);
    expect((await api(gw, 'PUT', `/driver/orders/${order.id}/deliver`, { token: driver.token, body: { delivery_code: order.delivery_code } })).status).toBe(200);

    const done = await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'completed');
    expect(done.body.data.driver_id).toBe(driver.id);
    await eventually(async () => heard, (h) => h.includes('completed'));
    expect(heard).toEqual(['confirmed', 'accepted', 'preparing', 'ready', 'assigned', 'picked_up', 'in_transit', 'delivered', 'completed']);

    // The commission record: 15 % of 25,000 XAF, due on the 7-day payout cycle.
    const report = await eventually(
      () => api(gw, 'GET', `/admin/reports/commissions?restaurant_id=${restaurantId}`, { token: admin }),
      (r) => r.status === 200 && r.body.data.records?.length === 1,
    );
    const record = report.body.data.records[0];
    expect(record).toMatchObject({ order_id: order.id, restaurant_id: restaurantId, order_total: 25_000, commission_rate: 0.15, platform_fee: 3750, restaurant_share: 21_250, status: 'calculated', currency: 'XAF' });
    const dueInDays = (Date.parse(record.due_date) - Date.parse(done.body.data.updated_at)) / 86_400_000;
    expect(dueInDays).toBeGreaterThan(6.9);
    expect(dueInDays).toBeLessThan(7.1);

    // The driver earned the delivery fee; the customer 10 points per 1000 XAF paid.
    const earnings = await eventually(
      () => api(gw, 'GET', '/driver/earnings', { token: driver.token }),
      (r) => r.status === 200 && r.body.data.length === 1,
    );
    expect(earnings.body.data[0]).toMatchObject({ order_id: order.id, amount: 1000, currency: 'XAF' });
    const points = await eventually(
      () => api(gw, 'GET', '/client/loyalty/points', { token: customer.token }),
      (r) => r.status === 200 && r.body.data.balance > 0,
    );
    expect(points.body.data.balance).toBe(Math.floor(done.body.data.total_amount / 1000) * 10);
  }, 120_000);

  it("refuses customers' orders while the restaurant's own hours say it is closed, but not the staff's", async () => {
    const gw = e2e.gateway();
    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const owner = await register('restaurant_owner', 'Hours');
    const customer = await register('customer', 'Early');
    const created = await api(gw, 'POST', '/restaurant/profile', { token: owner.token, body: { name: `Hours ${run}`, address: 'Akwa, Douala' } });
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner.token, body: { name: 'Beignets haricots', price: 1500 } });
    expect((await api(gw, 'POST', `/admin/restaurants/${created.body.data.id}/approve`, { token: admin })).status).toBe(200);
    const ownerToken = (await api(gw, 'POST', '/auth/login', { body: { email: `restaurant_owner-hours-${run}@example.cm`, password } })).body.data.tokens.access_token as string;
    const order = () => api(gw, 'POST', '/client/orders', {
      token: customer.token,
      body: { restaurant_id: created.body.data.id, items: [{ menu_item_id: item.body.data.id, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash' },
    });
    // A restaurant that never set hours takes orders around the clock.
    expect((await eventually(order, (r) => r.status !== 422)).status).toBe(201);

    // Closed today (a dated exception, in the restaurant's time zone): ordering's copy follows and refuses.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Douala' }).format(new Date());
    expect((await api(gw, 'PUT', '/restaurant/profile', { token: ownerToken, body: { hours_exceptions: [{ date: today, hours: [] }] } })).status).toBe(200);
    const refused = await eventually(order, (r) => r.status === 422);
    expect(refused.body.error).toMatchObject({ code: 'RESTAURANT_CLOSED' });
    // The people in the restaurant can still key in an order for someone at the counter.
    const atCounter = await api(gw, 'POST', '/orders', {
      token: ownerToken,
      body: { orderType: 'offline', deliveryType: 'dine_in', items: [{ productId: item.body.data.id, quantity: 2 }] },
    });
    expect(atCounter.status).toBe(201);

    expect((await api(gw, 'PUT', '/restaurant/profile', { token: ownerToken, body: { hours_exceptions: [] } })).status).toBe(200);
    expect((await eventually(order, (r) => r.status === 201)).status).toBe(201);
  }, 60_000);
});
