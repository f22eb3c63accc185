import { Socket } from 'socket.io-client';
import { api, eventually } from './support/http-client';
import { SocketClients, nextEvent } from './support/socket-clients';
import { LiveWorld } from './support/live-tracking';
import { useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);

/**
 * Kitchen and dispatch in the saga, through the gateway: a restaurant's tax rate set at /config
 * prices its next order; the kitchen's ticket opens on acceptance and its start/ready move the order;
 * two online drivers race for the ready order and one wins (the one it was offered to); pickup, a location (in transit, shown
 * live to the customer only), a wrong then the right delivery code; the order ends completed.
 */
describe('kitchen and dispatch: /config, tickets and the driver flow', () => {
  const e2e = useTestFleet({ namespace: `e2ekd${run}`, database: 'platter_e2e_kitchen_dispatch', gatewayPort: 9000, env: { RATE_LIMITS_ENABLED: 'false' } });
  const sockets = new SocketClients();
  afterAll(() => sockets.closeAll());

  const world = new LiveWorld(e2e.gateway, run);
  const register = (role: 'customer' | 'restaurant_owner' | 'driver', name: string, extra: Record<string, unknown> = {}) => world.register(role, name, extra);

  let gw: string;
  let admin: string;
  let ownerToken: string;
  let restaurantId: string;
  let itemId: string;
  let customer: Awaited<ReturnType<typeof register>>;

  it('sets up an approved restaurant with a delivery zone', async () => {
    gw = e2e.gateway();
    admin = await world.admin();
    customer = await register('customer', 'Jean', { phone: '+237670000201' });
    // An approved restaurant with a delivery zone; the owner's token names it.
    const kitchen = await world.restaurant('Kitchen');
    ({ restaurantId, itemId } = kitchen);
    ownerToken = kitchen.owner.token;
  });

  it('keeps per-restaurant settings at /config, validated per key, and announces them to ordering', async () => {
    const defaults = await api(gw, 'GET', '/config', { token: ownerToken });
    expect(defaults.status).toBe(200);
    expect(defaults.body.data).toMatchObject({ restaurant_id: restaurantId });
    expect(defaults.body.data.settings.map((s: { key: string; is_default: boolean }) => [s.key, s.is_default])).toEqual([
      ['tax_rate', true], ['service_fee', true], ['acceptance_timeout_minutes', true], ['preparation_minutes', true],
    ]);

    for (const [key, value] of [['tax_rate', '100.5'], ['tax_rate', '19.255'], ['service_fee', -1], ['acceptance_timeout_minutes', 61], ['preparation_minutes', '0']] as const) {
      const bad = await api(gw, 'PUT', `/config/${key}`, { token: ownerToken, body: { value } });
      expect({ key, value, status: bad.status, code: bad.body.error?.code }).toEqual({ key, value, status: 400, code: 'VALIDATION_ERROR' });
    }
    expect((await api(gw, 'PUT', '/config/colour', { token: ownerToken, body: { value: 'red' } })).status).toBe(400);
    expect((await api(gw, 'PUT', '/config/tax_rate', { token: customer.token, body: { value: '5' } })).status).toBe(403);
    expect((await api(gw, 'GET', '/config', { token: customer.token })).status).toBe(403);

    const set = await api(gw, 'PUT', '/config/tax_rate', { token: ownerToken, body: { value: '10.00' } });
    expect(set.status).toBe(200);
    expect(set.body.data).toMatchObject({ key: 'tax_rate', value: '10', is_default: false });
    const fee = await api(gw, 'PUT', '/config/service_fee', { token: ownerToken, body: { value: 250 } });
    expect(fee.body.data).toMatchObject({ key: 'service_fee', value: '250' });
    const reset = await api(gw, 'DELETE', '/config/service_fee', { token: ownerToken });
    expect(reset.status).toBe(200);
    expect(reset.body.data).toMatchObject({ key: 'service_fee', is_default: true });
    // An admin names the restaurant.
    const byAdmin = await api(gw, 'GET', `/config?restaurant_id=${restaurantId}`, { token: admin });
    expect(byAdmin.body.data.settings.find((s: { key: string }) => s.key === 'tax_rate')).toMatchObject({ value: '10', is_default: false });
  });

  it('runs a delivery order through the kitchen and a driver to completed', async () => {
    // Ordering prices the next order with the restaurant's 10 % (once kitchen's announcement reached it).
    const placed = await eventually(
      () =>
        api(gw, 'POST', '/client/orders', {
          token: customer.token,
          body: {
            restaurant_id: restaurantId,
            items: [{ menu_item_id: itemId, quantity: 2 }],
            delivery_type: 'delivery',
            delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
            payment_method: 'cash',
          },
        }),
      (r) => r.status === 201 && r.body.data.tax_amount === 2500,
      20_000,
      500,
    );
    const order = placed.body.data;
    expect(order).toMatchObject({ status: 'confirmed', subtotal: 25_000, tax_amount: 2500, delivery_fee: 1000 });
    expect(order.delivery_code).toEqual(expect.any(String));

    // Not accepted yet: nothing on the line (its draft is listed only when asked for).
    const drafts = await eventually(
      () => api(gw, 'GET', `/kitchen/tickets?order_id=${order.id}&status=pending`, { token: ownerToken }),
      (r) => r.body.data?.length === 1,
    );
    expect((await api(gw, 'GET', `/kitchen/tickets?order_id=${order.id}`, { token: ownerToken })).body.data).toEqual([]);
    expect((await api(gw, 'PUT', `/kitchen/tickets/${drafts.body.data[0].id}/start`, { token: ownerToken })).body.error?.code).toBe('INVALID_STATE_TRANSITION');

    expect((await api(gw, 'PUT', `/restaurant/orders/${order.id}/accept`, { token: ownerToken })).status).toBe(200);
    const tickets = await eventually(
      () => api(gw, 'GET', `/kitchen/tickets?order_id=${order.id}&status=open`, { token: ownerToken }),
      (r) => r.body.data?.length === 1,
    );
    const ticket = tickets.body.data[0];
    expect(ticket.lines).toEqual([{ menu_item_id: itemId, name: 'Poisson braisé', quantity: 2, notes: null, variant_name: null, modifiers: [] }]);
    expect(tickets.body.pagination).toMatchObject({ page: 1, total: 1 });

    const early = await api(gw, 'PUT', `/kitchen/tickets/${ticket.id}/ready`, { token: ownerToken });
    expect([early.status, early.body.error?.code]).toEqual([422, 'INVALID_STATE_TRANSITION']);
    expect((await api(gw, 'PUT', `/kitchen/tickets/${ticket.id}/start`, { token: customer.token })).status).toBe(403);
    const started = await api(gw, 'PUT', `/kitchen/tickets/${ticket.id}/start`, { token: ownerToken });
    expect([started.status, started.body.data?.status]).toEqual([200, 'in_progress']);
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'preparing');
    expect((await api(gw, 'PUT', `/kitchen/tickets/${ticket.id}/ready`, { token: ownerToken })).body.data?.status).toBe('done');
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'ready');

    // Two drivers: offline, neither is offered work; approved and online, one is offered the order; exactly one wins it.
    const paul = await register('driver', 'Paul', { phone: '+237670000202' });
    const eto = await register('driver', 'Eto', { phone: '+237670000203' });
    const offline = await eventually(() => api(gw, 'GET', '/driver/orders/available', { token: paul.token }), (r) => r.status === 422);
    expect(offline.body.error?.code).toBe('DRIVER_OFFLINE');
    expect((await api(gw, 'GET', '/driver/orders/available', { token: customer.token })).status).toBe(403);
    for (const [d, plate] of [[paul, 'LT 202 A'], [eto, 'LT 203 A']] as const) {
      // Only an approved driver goes online: the vehicle on file, then the admin's approval.
      expect((await api(gw, 'PUT', '/driver/availability', { token: d.token, body: { online: true } })).body.error?.code).toBe('DRIVER_NOT_APPROVED');
      expect((await api(gw, 'PUT', '/driver/profile', { token: d.token, body: { vehicle_type: 'motorbike', vehicle_plate: plate } })).status).toBe(200);
      expect((await api(gw, 'POST', `/admin/drivers/${d.id}/approve`, { token: admin })).status).toBe(200);
      const online = await api(gw, 'PUT', '/driver/availability', { token: d.token, body: { online: true } });
      expect([online.status, online.body.data?.online]).toEqual([200, true]);
    }
    // Offered to one driver at a time: whoever dispatch picked sees it on their list.
    const offered = await eventually(
      async () => (await Promise.all([paul, eto].map((d) => api(gw, 'GET', '/driver/orders/available', { token: d.token })))).flatMap((r) => r.body.data ?? []),
      (list: Array<{ order_id: string }>) => list.some((d) => d.order_id === order.id),
    );
    const offer = offered.find((d: { order_id: string }) => d.order_id === order.id);
    expect(offer).toMatchObject({ status: 'available', delivery_fee: 1000, delivery_address: { address: 'Akwa, Douala' } });
    expect(JSON.stringify(offer)).not.toContain(order.delivery_code);

    const restaurantSocket: Socket = await sockets.connect(gw, ownerToken);
    const customerSocket: Socket = await sockets.connect(gw, customer.token);
    const bystander = await register('customer', 'Ama');
    const bystanderSocket: Socket = await sockets.connect(gw, bystander.token);
    const bystanderHeard: unknown[] = [];
    bystanderSocket.on('driver_location_update', (p) => bystanderHeard.push(p));
    const [paulSocket, etoSocket] = [await sockets.connect(gw, paul.token), await sockets.connect(gw, eto.token)];
    const driverAssigned = nextEvent(restaurantSocket, 'driver_assigned', (p: { orderId: string }) => p.orderId === order.id);
    const assignedHeard = new Map<Socket, unknown[]>([[paulSocket, []], [etoSocket, []]]);
    for (const [socket, heard] of assignedHeard) socket.on('order_assigned', (p) => heard.push(p));

    const race = await Promise.all([paul, eto].map((d) => api(gw, 'POST', `/driver/orders/${order.id}/accept`, { token: d.token })));
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    const winnerIndex = race.findIndex((r) => r.status === 200);
    const [winner, winnerSocket, loserSocket] = winnerIndex === 0 ? [paul, paulSocket, etoSocket] : [eto, etoSocket, paulSocket];
    const loser = winnerIndex === 0 ? eto : paul;
    expect(race[1 - winnerIndex].body.error?.code).toBe('CONFLICT');
    expect(race[winnerIndex].body.data).toMatchObject({ order_id: order.id, status: 'assigned' });
    await expect(driverAssigned).resolves.toEqual(expect.objectContaining({ orderId: order.id, driver: { id: winner.id, name: winner === paul ? 'Paul' : 'Eto' } }));
    // The winner hears order_assigned; the other driver hears nothing.
    await eventually(async () => assignedHeard.get(winnerSocket)!, (h) => h.length === 1);
    expect(assignedHeard.get(winnerSocket)).toEqual([expect.objectContaining({ orderId: order.id, restaurantId, status: 'assigned' })]);
    expect(assignedHeard.get(loserSocket)).toEqual([]);
    expect((await api(gw, 'GET', '/driver/orders/current', { token: winner.token })).body.data.map((d: { order_id: string }) => d.order_id)).toEqual([order.id]);
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'assigned');

    expect((await api(gw, 'PUT', `/driver/orders/${order.id}/pickup`, { token: loser.token })).status).toBe(403);
    const tooSoon = await api(gw, 'PUT', `/driver/orders/${order.id}/deliver`, { token: winner.token, body: { delivery_code: order.delivery_code } });
    expect([tooSoon.status, tooSoon.body.error?.code]).toEqual([422, 'INVALID_STATE_TRANSITION']);
    expect((await api(gw, 'PUT', `/driver/orders/${order.id}/pickup`, { token: winner.token })).body.data?.status).toBe('picked_up');
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'picked_up');

    // The first position after pickup: in transit, and the customer (only) sees the driver move.
    const seen = nextEvent(customerSocket, 'driver_location_update', (p: { orderId: string }) => p.orderId === order.id);
    const badLocation = await api(gw, 'PUT', '/driver/location', { token: winner.token, body: { lat: 95, lng: 9.7 } });
    expect([badLocation.status, badLocation.body.error?.details?.[0]?.field]).toEqual([400, 'lat']);
    const located = await api(gw, 'PUT', '/driver/location', { token: winner.token, body: { lat: 4.045, lng: 9.695, heading: 45, speed: 28 } });
    expect(located.status).toBe(200);
    expect(located.body.data).toMatchObject({ online: true, active_deliveries: 1, location: { lat: 4.045, lng: 9.695 } });
    await expect(seen).resolves.toEqual({ orderId: order.id, lat: 4.045, lng: 9.695 });
    await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'in_transit');
    const current = await api(gw, 'GET', '/driver/orders/current', { token: winner.token });
    expect(current.body.data[0]).toMatchObject({ status: 'in_transit', distance_km: expect.any(Number), estimated_delivery_time: expect.any(String) });

    const wrongCode = order.delivery_code === '0000' ? '1111' : '0000';
    const refused = await api(gw, 'PUT', `/driver/orders/${order.id}/deliver`, { token: winner.token, body: { delivery_code: wrongCode } });
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'INVALID_DELIVERY_CODE']);
    const delivered = await api(gw, 'PUT', `/driver/orders/${order.id}/deliver`, { token: winner.token, body: { delivery_code: order.delivery_code } });
    expect([delivered.status, delivered.body.data?.status]).toEqual([200, 'delivered']);

    const done = await eventually(() => api(gw, 'GET', `/client/orders/${order.id}`, { token: customer.token }), (r) => r.body.data?.status === 'completed');
    expect(done.body.data.driver_id).toBe(winner.id);
    const history = await api(gw, 'GET', '/driver/orders/history', { token: winner.token });
    expect(history.body.data.map((d: { order_id: string; status: string }) => [d.order_id, d.status])).toEqual([[order.id, 'delivered']]);
    expect(history.body.pagination).toMatchObject({ total: 1 });
    expect((await api(gw, 'GET', '/driver/profile', { token: winner.token })).body.data).toMatchObject({ id: winner.id, online: true, active_deliveries: 0 });
    expect(bystanderHeard).toEqual([]);
  });
});
