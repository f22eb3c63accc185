import { Socket } from 'socket.io-client';
import { api, eventually } from './support/http-client';
import { SocketClients, nextEvent } from './support/socket-clients';
import { LiveWorld, Person } from './support/live-tracking';
import { useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const RESTAURANT = { latitude: 4.04, longitude: 9.69 };

type Driver = Person;

/**
 * Driver assignment through the gateway: three approved drivers online at known positions; a
 * ready order is offered to the nearest alone (on their socket and their list), who lets it
 * expire; the next nearest gets it and accepts; the restaurant hands it to another driver before
 * pickup (the order follows); a driver holds two deliveries of the same restaurant and is offered
 * no third; admins see every delivery.
 */
describe('dispatch assignment: offers by distance, expiry, reassignment, batching', () => {
  const e2e = useTestFleet({
    namespace: `e2eda${run}`,
    database: 'platter_e2e_dispatch_assignment',
    gatewayPort: 9600,
    env: { RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: { dispatch: { OFFER_TIMEOUT_SECONDS: '4', OFFER_SWEEP_INTERVAL_MS: '300', POOL_RECHECK_SECONDS: '1', OFFER_ROUND_PAUSE_SECONDS: '60' } },
  });
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
  let near: Driver;
  let mid: Driver;
  let far: Driver;
  /** Orders assigned along the way, for the later steps. */
  const orders: string[] = [];

  const orderOf = (id: string) => api(gw, 'GET', `/client/orders/${id}`, { token: customer.token });

  async function readyOrder(): Promise<{ id: string; delivery_code: string }> {
    const placed = await eventually(
      () =>
        api(gw, 'POST', '/client/orders', {
          token: customer.token,
          body: {
            restaurant_id: restaurantId,
            items: [{ menu_item_id: itemId, quantity: 1 }],
            delivery_type: 'delivery',
            delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
            payment_method: 'cash',
          },
        }),
      (r) => r.status === 201,
    );
    const order = placed.body.data;
    expect((await api(gw, 'PUT', `/restaurant/orders/${order.id}/accept`, { token: ownerToken })).status).toBe(200);
    const tickets = await eventually(
      () => api(gw, 'GET', `/kitchen/tickets?order_id=${order.id}`, { token: ownerToken }),
      (r) => r.status === 200 && r.body.data.length === 1,
    );
    const ticketId = tickets.body.data[0].id as string;
    expect((await api(gw, 'PUT', `/kitchen/tickets/${ticketId}/start`, { token: ownerToken })).status).toBe(200);
    await eventually(() => orderOf(order.id), (r) => r.body.data?.status === 'preparing');
    expect((await api(gw, 'PUT', `/kitchen/tickets/${ticketId}/ready`, { token: ownerToken })).status).toBe(200);
    await eventually(() => orderOf(order.id), (r) => r.body.data?.status === 'ready');
    return order;
  }

  const available = async (d: Driver) => {
    const r = await api(gw, 'GET', '/driver/orders/available', { token: d.token });
    expect(r.status).toBe(200);
    return r.body.data as Array<{ order_id: string; source: string; offer_id: string | null; pickup_distance_km: number | null }>;
  };
  const offeredTo = async (d: Driver, orderId: string) => (await available(d)).find((x) => x.order_id === orderId && x.source === 'offer');

  it('sets up a restaurant and three approved drivers online at known positions', async () => {
    gw = e2e.gateway();
    admin = await world.admin();
    customer = await register('customer', 'Jean', { phone: '+237670000601' });
    const dispatchSite = await world.restaurant('Dispatch', RESTAURANT);
    ({ restaurantId, itemId } = dispatchSite);
    ownerToken = dispatchSite.owner.token;

    const positions: Array<[string, number]> = [['Near', 4.041], ['Mid', 4.05], ['Far', 4.07]];
    const drivers: Driver[] = [];
    for (const [name, lat] of positions) {
      const d = await register('driver', name);
      await eventually(() => api(gw, 'GET', '/driver/profile', { token: d.token }), (r) => r.status === 200);
      expect((await api(gw, 'PUT', '/driver/profile', { token: d.token, body: { vehicle_type: 'motorbike', vehicle_plate: `LT ${drivers.length} A` } })).status).toBe(200);
      // Not approved: no going online.
      expect((await api(gw, 'PUT', '/driver/availability', { token: d.token, body: { online: true } })).status).toBe(422);
      expect((await api(gw, 'POST', `/admin/drivers/${d.id}/approve`, { token: admin })).status).toBe(200);
      expect((await api(gw, 'PUT', '/driver/availability', { token: d.token, body: { online: true } })).status).toBe(200);
      expect((await api(gw, 'PUT', '/driver/location', { token: d.token, body: { lat, lng: 9.69 } })).status).toBe(200);
      await eventually(() => api(gw, 'GET', '/driver/profile', { token: d.token }), (r) => r.body.data?.location?.lat === lat);
      drivers.push(d);
    }
    [near, mid, far] = drivers;
  });

  it('offers a ready order to the nearest driver alone; it expires and goes to the next, who accepts', async () => {
    const nearSocket: Socket = await sockets.connect(gw, near.token);
    const offeredOnSocket = nextEvent(nearSocket, 'order_offered', () => true, 30_000);
    const order = await readyOrder();

    const offer = await eventually(() => offeredTo(near, order.id), (o) => !!o, 15_000, 200);
    expect(offer).toMatchObject({ source: 'offer', offer_id: expect.any(String), pickup_distance_km: 0.1 });
    await expect(offeredOnSocket).resolves.toMatchObject({ orderId: order.id, offerId: offer!.offer_id, expiresAt: expect.any(String) });
    // Offered to one driver at a time: the others neither see it nor can take it.
    expect((await available(mid)).map((x) => x.order_id)).not.toContain(order.id);
    const taken = await api(gw, 'POST', `/driver/orders/${order.id}/accept`, { token: mid.token });
    expect([taken.status, taken.body.error?.code]).toEqual([409, 'CONFLICT']);
    expect((await api(gw, 'POST', `/driver/orders/${order.id}/decline`, { token: mid.token })).status).toBe(404);

    // Near lets it expire (OFFER_TIMEOUT_SECONDS=4): Mid, the next nearest, is offered it.
    await eventually(() => offeredTo(mid, order.id), (o) => !!o, 20_000, 300);
    expect(await offeredTo(near, order.id)).toBeUndefined();
    expect((await api(gw, 'POST', `/driver/orders/${order.id}/accept`, { token: near.token })).status).toBe(409);
    const accepted = await api(gw, 'POST', `/driver/orders/${order.id}/accept`, { token: mid.token });
    expect([accepted.status, accepted.body.data?.status]).toEqual([200, 'assigned']);
    const assigned = await eventually(() => orderOf(order.id), (r) => r.body.data?.status === 'assigned');
    expect(assigned.body.data.driver_id).toBe(mid.id);

    // The restaurant's board shows it with its driver and the way to the restaurant.
    const board = await api(gw, 'GET', '/restaurant/deliveries', { token: ownerToken });
    expect(board.status).toBe(200);
    expect(board.body.data.find((d: { order_id: string }) => d.order_id === order.id)).toMatchObject({
      status: 'assigned',
      driver: { id: mid.id, name: 'Mid' },
      route: { leg: 'to_pickup', eta: expect.any(String) },
    });
    expect((await api(gw, 'GET', '/restaurant/deliveries', { token: customer.token })).status).toBe(403);
    orders.push(order.id);
  });

  it('lets the restaurant reassign the delivery before pickup; the order follows the new driver', async () => {
    const [orderId] = orders;
    const nearby = await api(gw, 'GET', '/restaurant/drivers/nearby?radius_km=5', { token: ownerToken });
    expect(nearby.status).toBe(200);
    expect(nearby.body.data.map((d: { id: string }) => d.id)).toEqual([near.id, mid.id, far.id]);
    expect(nearby.body.data[1]).toMatchObject({ active_deliveries: 1, distance_km: 1.1, stale: false });

    const bad = await api(gw, 'POST', `/restaurant/deliveries/${orderId}/assign`, { token: ownerToken, body: { driver_id: 'nobody' } });
    expect([bad.status, bad.body.error?.details?.[0]?.field]).toEqual([400, 'driver_id']);
    expect((await api(gw, 'POST', `/restaurant/deliveries/${orderId}/assign`, { token: customer.token, body: { driver_id: far.id } })).status).toBe(403);
    const reassigned = await api(gw, 'POST', `/restaurant/deliveries/${orderId}/assign`, { token: ownerToken, body: { driver_id: far.id } });
    expect(reassigned.status).toBe(200);
    expect(reassigned.body.data).toMatchObject({ order_id: orderId, status: 'assigned', driver: { id: far.id, name: 'Far' } });

    expect((await api(gw, 'GET', '/driver/orders/current', { token: mid.token })).body.data).toEqual([]);
    expect((await api(gw, 'GET', '/driver/orders/current', { token: far.token })).body.data.map((d: { order_id: string }) => d.order_id)).toEqual([orderId]);
    // Ordering heard `unassigned` (back to ready) then `assigned` with Far.
    await eventually(() => orderOf(orderId), (r) => r.body.data?.status === 'assigned' && r.body.data?.driver_id === far.id);
    expect((await api(gw, 'PUT', `/driver/orders/${orderId}/pickup`, { token: mid.token })).status).toBe(403);
  });

  it('gives a driver a second delivery from the same restaurant, and no third', async () => {
    // Near and Mid go offline: the next order can only go to Far, who holds one from this restaurant.
    for (const d of [near, mid]) expect((await api(gw, 'PUT', '/driver/availability', { token: d.token, body: { online: false } })).status).toBe(200);
    const second = await readyOrder();
    await eventually(() => offeredTo(far, second.id), (o) => !!o, 15_000, 200);
    expect((await api(gw, 'POST', `/driver/orders/${second.id}/accept`, { token: far.token })).status).toBe(200);
    const current = await api(gw, 'GET', '/driver/orders/current', { token: far.token });
    expect(current.body.data.map((d: { order_id: string }) => d.order_id).sort()).toEqual([orders[0], second.id].sort());

    const third = await readyOrder();
    // At MAX_ACTIVE_DELIVERIES (2): not offered, and refused if taken from the pool.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await offeredTo(far, third.id)).toBeUndefined();
    const refused = await api(gw, 'POST', `/driver/orders/${third.id}/accept`, { token: far.token });
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'DRIVER_AT_CAPACITY']);

    // Admins see every delivery, filtered by driver.
    const list = await api(gw, 'GET', `/admin/deliveries?driver_id=${far.id}`, { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.data.map((d: { order_id: string }) => d.order_id).sort()).toEqual([orders[0], second.id].sort());
    expect((await api(gw, 'GET', '/admin/deliveries', { token: ownerToken })).status).toBe(403);

    // Near comes back online: the waiting order is offered to them.
    expect((await api(gw, 'PUT', '/driver/availability', { token: near.token, body: { online: true } })).status).toBe(200);
    await eventually(() => offeredTo(near, third.id), (o) => !!o, 15_000, 200);
  });
});
