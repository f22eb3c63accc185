import { api, counterValue, eventually } from './support/http-client';
import { LiveWorld, RecordingSocket, RecordingSockets, ask, heardSoon } from './support/live-tracking';
import { useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);

/**
 * Proof of the live-tracking relay, on two gateway instances: a delivery order from ready through the
 * offer, assignment, pickup and delivery; the driver's socket on gateway 2 sends positions, the
 * customer's socket on gateway 1 receives them; a customer who reconnects (on the other instance)
 * gets the latest state replayed, status and driver's position, and misses nothing.
 */
describe('live tracking across two gateway instances', () => {
  const e2e = useTestFleet({ namespace: `e2elt${run}`, database: 'platter_e2e_live_tracking', gatewayPort: 9800, gateways: 2, env: { RATE_LIMITS_ENABLED: 'false' } });
  const world = new LiveWorld(() => e2e.gateway(0), run);
  const sockets = new RecordingSockets();
  afterAll(() => sockets.closeAll());

  it('follows a delivery order from ready to completed, live, with positions crossing instances', async () => {
    const [gw1, gw2] = [e2e.gateway(0), e2e.gateway(1)];
    expect(gw1).not.toBe(gw2);
    const r = await world.restaurant('Awa');
    const customer = await world.register('customer', 'Jean', { phone: '+237670000801' });
    const driver = await world.driver('Paul', '+237670000802');

    const driverSocket = await sockets.connect(gw2, driver.token);
    const restaurantSocket = await sockets.connect(gw1, r.owner.token);
    let customerSocket: RecordingSocket = await sockets.connect(gw1, customer.token);

    // The driver reports where they are over the socket (near the restaurant) before the order is ready.
    expect(await ask(driverSocket.socket, 'driver_location', { lat: 4.041, lng: 9.691, heading: 10, speed: 0, accuracy: 5 })).toEqual({ ok: true });
    await eventually(() => api(gw1, 'GET', '/driver/profile', { token: driver.token }), (p) => p.body.data?.location?.lat === 4.041);

    const order = await world.readyOrder(customer, r);
    // The kitchen display heard the ticket move, on the restaurant's socket.
    await heardSoon(restaurantSocket, 'ticket_update', (p) => p.orderId === order.id && p.status === 'done');

    // The customer follows the order's room: the ack carries the latest state.
    const joined = await ask(customerSocket.socket, 'join', { orderId: order.id });
    expect(joined).toMatchObject({ ok: true, state: { orderId: order.id, status: 'ready', deliveryType: 'delivery', changedAt: expect.any(String) } });

    // Dispatch offers it to the only online driver, whose socket is on the other instance; they take it.
    const offered = await heardSoon(driverSocket, 'order_offered', (p) => p.orderId === order.id, 20_000);
    expect(offered).toMatchObject({ orderId: order.id, restaurantId: r.restaurantId, expiresAt: expect.any(String) });
    expect(JSON.stringify(offered)).not.toContain(order.delivery_code);
    await world.take(driver, order.id);
    await heardSoon(driverSocket, 'order_assigned', (p) => p.orderId === order.id);
    await heardSoon(driverSocket, 'order_offer_closed', (p) => p.orderId === order.id && p.outcome === 'accepted');
    await heardSoon(restaurantSocket, 'driver_assigned', (p) => p.orderId === order.id && p.driver.id === driver.id);
    await heardSoon(customerSocket, 'order_status_update', (p) => p.orderId === order.id && p.status === 'assigned');

    // The assigned driver may now follow the order's room too.
    expect(await ask(driverSocket.socket, 'join', { orderId: order.id })).toMatchObject({ ok: true, state: { status: 'assigned', driverId: driver.id } });

    expect((await api(gw2, 'PUT', `/driver/orders/${order.id}/pickup`, { token: driver.token })).status).toBe(200);
    await heardSoon(customerSocket, 'order_status_update', (p) => p.orderId === order.id && p.status === 'picked_up');
    // The way to the customer: the whole route to the driver, its ETA to the customer.
    expect(await heardSoon(driverSocket, 'route_update', (p) => p.orderId === order.id && p.leg === 'to_dropoff')).toMatchObject({ distanceKm: expect.any(Number), eta: expect.any(String) });
    expect(await heardSoon(customerSocket, 'eta_update', (p) => p.orderId === order.id)).toMatchObject({ leg: 'to_dropoff', eta: expect.any(String) });
    expect(customerSocket.of('route_update')).toEqual([]);

    // Positions from gateway 2's socket reach the customer on gateway 1; the first after pickup means in transit.
    const path = [
      { lat: 4.043, lng: 9.692 },
      { lat: 4.045, lng: 9.694 },
      { lat: 4.047, lng: 9.697 },
    ];
    for (const at of path) {
      expect(await ask(driverSocket.socket, 'driver_location', at)).toEqual({ ok: true });
      await heardSoon(customerSocket, 'driver_location_update', (p) => p.orderId === order.id && p.lat === at.lat && p.lng === at.lng);
      await new Promise((res) => setTimeout(res, 1100));
    }
    await heardSoon(customerSocket, 'order_status_update', (p) => p.orderId === order.id && p.status === 'in_transit');
    expect(customerSocket.of('driver_location_update').every((p) => Object.keys(p).sort().join() === 'lat,lng,orderId')).toBe(true);
    // The restaurant's socket (not in the order's room) never hears the driver's positions.
    expect(restaurantSocket.of('driver_location_update')).toEqual([]);

    // The customer drops off and comes back on the other instance: the latest status and position are replayed.
    const last = path[path.length - 1];
    const statusesBefore = customerSocket.of('order_status_update').filter((p) => p.orderId === order.id);
    customerSocket.socket.close();
    await eventually(() => api(gw1, 'GET', '/driver/profile', { token: driver.token }), (p) => p.body.data?.location?.lat === last.lat);
    customerSocket = await sockets.connect(gw2, customer.token);
    const replayed = await heardSoon(customerSocket, 'order_status_update', (p) => p.orderId === order.id);
    expect(replayed).toMatchObject({ orderId: order.id, status: 'in_transit', changedAt: statusesBefore.find((p) => p.status === 'in_transit').changedAt });
    expect(await heardSoon(customerSocket, 'driver_location_update', (p) => p.orderId === order.id)).toEqual({ orderId: order.id, ...last });
    const rejoined = await ask(customerSocket.socket, 'join', { orderId: order.id });
    expect(rejoined).toMatchObject({ ok: true, state: { status: 'in_transit', driverId: driver.id, driverLocation: { lat: last.lat, lng: last.lng } } });

    // Every status carried changedAt, in order.
    const changes = statusesBefore.map((p) => Date.parse(p.changedAt));
    expect(changes.every((t, i) => Number.isFinite(t) && (i === 0 || t >= changes[i - 1]))).toBe(true);

    // Delivery: the customer on gateway 2 hears it end.
    const delivered = await api(gw1, 'PUT', `/driver/orders/${order.id}/deliver`, { token: driver.token, body: { delivery_code: order.delivery_code } });
    expect(delivered.status).toBe(200);
    await heardSoon(customerSocket, 'order_status_update', (p) => p.orderId === order.id && p.status === 'completed');

    // Reconnecting after the end still tells the customer how it ended.
    const late = await sockets.connect(gw1, customer.token);
    expect(await heardSoon(late, 'order_status_update', (p) => p.orderId === order.id)).toMatchObject({ status: 'completed', changedAt: expect.any(String) });

    // The relay's metrics (gateway 2's ops port): sockets by role, events by type, positions accepted.
    const metrics = `${e2e.fleet.gatewayOpsUrls[1]}/metrics`;
    expect(await counterValue(metrics, 'realtime_events_emitted_total', { event: 'driver_location_update' })).toBeGreaterThan(0);
    expect(await counterValue(metrics, 'realtime_positions_received_total', {})).toBe(path.length + 1);
    expect(await counterValue(metrics, 'realtime_sockets_connected', { role: 'driver' })).toBe(1);
  });
});
