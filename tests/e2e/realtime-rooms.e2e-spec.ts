import { api } from './support/http-client';
import { LiveWorld, Person, RecordingSocket, RecordingSockets, ask, heardSoon } from './support/live-tracking';
import { useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);

/**
 * Who may be in which room of the relay, and that events never reach the wrong user: order rooms
 * are joined only by the order's customer, its restaurant's team, its assigned driver and admins;
 * only drivers send positions, at a bounded rate; a suspended account's sockets end, order rooms
 * included.
 */
describe('realtime rooms: authorisation', () => {
  const e2e = useTestFleet({ namespace: `e2err${run}`, database: 'platter_e2e_realtime_rooms', gatewayPort: 9800, gateways: 2, env: { RATE_LIMITS_ENABLED: 'false' } });
  const world = new LiveWorld(() => e2e.gateway(0), run);
  const sockets = new RecordingSockets();
  afterAll(() => sockets.closeAll());

  let a: Awaited<ReturnType<LiveWorld['restaurant']>>;
  let b: Awaited<ReturnType<LiveWorld['restaurant']>>;
  let customerA: Person;
  let customerB: Person;
  let driverA: Person;
  let driverB: Person;
  let order: { id: string; delivery_code: string };
  const s: Record<string, RecordingSocket> = {};

  it('sets up two restaurants, two customers, two approved drivers and an order assigned to one of them', async () => {
    const gw = e2e.gateway(0);
    a = await world.restaurant('Awa');
    b = await world.restaurant('Bella', { latitude: 4.06, longitude: 9.71 });
    customerA = await world.register('customer', 'Alice', { phone: '+237670000901' });
    customerB = await world.register('customer', 'Bob', { phone: '+237670000902' });
    driverA = await world.driver('Dan', '+237670000903');
    driverB = await world.driver('Eve', '+237670000904');
    // Driver B goes offline: the order can only be offered to driver A.
    expect((await api(gw, 'PUT', '/driver/availability', { token: driverB.token, body: { online: false } })).status).toBe(200);
    // Everyone listens from the start, on either instance.
    s.customerA = await sockets.connect(e2e.gateway(0), customerA.token);
    s.customerB = await sockets.connect(e2e.gateway(1), customerB.token);
    s.ownerA = await sockets.connect(e2e.gateway(1), a.owner.token);
    s.ownerB = await sockets.connect(e2e.gateway(0), b.owner.token);
    s.driverA = await sockets.connect(e2e.gateway(0), driverA.token);
    s.driverB = await sockets.connect(e2e.gateway(1), driverB.token);
    s.admin = await sockets.connect(e2e.gateway(1), await world.admin());

    order = await world.readyOrder(customerA, a);
    await world.take(driverA, order.id);
    await world.statusIs(customerA, order.id, 'assigned');
  });

  it("lets the order's customer, its restaurant, its assigned driver and admins join its room", async () => {
    for (const who of ['customerA', 'ownerA', 'driverA', 'admin']) {
      const ack = await ask(s[who].socket, 'join', { orderId: order.id });
      expect({ who, ack }).toEqual({ who, ack: { ok: true, state: expect.objectContaining({ orderId: order.id, status: 'assigned', driverId: driverA.id, changedAt: expect.any(String) }) } });
    }
  });

  it("refuses another customer, another restaurant and a driver the order is not assigned to", async () => {
    for (const who of ['customerB', 'ownerB', 'driverB']) {
      const ack = await ask(s[who].socket, 'join', { orderId: order.id });
      expect({ who, ack }).toEqual({ who, ack: { ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } } });
    }
  });

  it('answers NOT_FOUND for an unknown order and VALIDATION_ERROR for a malformed join; a join without an ack gets an error event', async () => {
    expect(await ask(s.admin.socket, 'join', { orderId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ask(s.customerA.socket, 'join', { orderId: 'not-an-id' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR' } });
    expect(await ask(s.customerA.socket, 'join')).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR' } });
    s.customerB.socket.emit('join', { orderId: order.id });
    expect(await heardSoon(s.customerB, 'error', (p) => p.event === 'join')).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('takes positions from drivers only, validated, and at most 5 a second per socket', async () => {
    for (const who of ['customerA', 'ownerA', 'admin']) {
      expect({ who, ack: await ask(s[who].socket, 'driver_location', { lat: 4.05, lng: 9.7 }) }).toEqual({ who, ack: { ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } } });
    }
    s.customerB.socket.emit('driver_location', { lat: 4.05, lng: 9.7 });
    expect(await heardSoon(s.customerB, 'error', (p) => p.event === 'driver_location')).toMatchObject({ code: 'FORBIDDEN' });

    await new Promise((res) => setTimeout(res, 1100));
    expect(await ask(s.driverA.socket, 'driver_location', { lat: 95, lng: 9.7 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR' } });
    await new Promise((res) => setTimeout(res, 1100));
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => ask(s.driverA.socket, 'driver_location', { lat: 4.041, lng: 9.691 + i / 10_000 })));
    expect(burst.filter((x) => x.ok)).toHaveLength(5);
    expect(burst.filter((x) => !x.ok).map((x) => x.error.code)).toEqual(['RATE_LIMIT_EXCEEDED', 'RATE_LIMIT_EXCEEDED', 'RATE_LIMIT_EXCEEDED']);
  });

  it("shows the order's life and its driver's positions to its people only; events never reach the wrong user", async () => {
    const gw = e2e.gateway(1);
    expect((await api(gw, 'PUT', `/driver/orders/${order.id}/pickup`, { token: driverA.token })).status).toBe(200);
    await new Promise((res) => setTimeout(res, 1100));
    expect(await ask(s.driverA.socket, 'driver_location', { lat: 4.046, lng: 9.696 })).toEqual({ ok: true });
    for (const who of ['customerA', 'ownerA', 'admin']) {
      await heardSoon(s[who], 'driver_location_update', (p) => p.orderId === order.id && p.lat === 4.046);
    }
    await heardSoon(s.customerA, 'order_status_update', (p) => p.orderId === order.id && p.status === 'in_transit');
    // The restaurant heard positions through the order's room only: once it leaves, they stop.
    expect(await ask(s.ownerA.socket, 'leave', { orderId: order.id })).toEqual({ ok: true });
    await new Promise((res) => setTimeout(res, 1100));
    expect(await ask(s.driverA.socket, 'driver_location', { lat: 4.048, lng: 9.698 })).toEqual({ ok: true });
    await heardSoon(s.customerA, 'driver_location_update', (p) => p.orderId === order.id && p.lat === 4.048);
    await heardSoon(s.admin, 'driver_location_update', (p) => p.orderId === order.id && p.lat === 4.048);
    expect(s.ownerA.of('driver_location_update').filter((p) => p.lat === 4.048)).toEqual([]);
    expect((await api(gw, 'PUT', `/driver/orders/${order.id}/deliver`, { token: driverA.token, body: { delivery_code: order.delivery_code } })).status).toBe(200);
    await heardSoon(s.customerA, 'order_status_update', (p) => p.orderId === order.id && p.status === 'completed');
    await heardSoon(s.ownerA, 'order_status_update', (p) => p.orderId === order.id && p.status === 'completed');
    await new Promise((res) => setTimeout(res, 500));

    // Nobody outside the order heard anything of it.
    for (const who of ['customerB', 'ownerB', 'driverB']) {
      const leaked = s[who].heard.filter((h) => JSON.stringify(h.payload ?? null).includes(order.id) && !(h.event === 'error'));
      expect({ who, leaked }).toEqual({ who, leaked: [] });
    }
    // The kitchen display's tickets went to restaurant A only.
    expect(s.ownerA.of('ticket_update').some((p) => p.orderId === order.id)).toBe(true);
    expect(s.ownerB.of('ticket_update')).toEqual([]);
    // The driver heard their assignment; the other driver heard no offer, assignment or route.
    expect(s.driverA.of('order_assigned').some((p) => p.orderId === order.id)).toBe(true);
    expect(s.driverB.heard.filter((h) => ['order_offered', 'order_assigned', 'route_update'].includes(h.event))).toEqual([]);
    // A customer never hears the restaurant's or the drivers' events.
    expect(s.customerA.heard.filter((h) => ['new_order', 'driver_assigned', 'order_assigned', 'order_offered', 'route_update', 'ticket_update'].includes(h.event))).toEqual([]);
  });

  it('a suspended customer is cut off at once, order rooms included', async () => {
    const gw = e2e.gateway(0);
    const second = await world.readyOrder(customerA, a);
    expect(await ask(s.customerA.socket, 'join', { orderId: second.id })).toMatchObject({ ok: true, state: { status: 'ready' } });

    const ended = new Promise<string>((resolve) => s.customerA.socket.once('disconnect', (reason) => resolve(reason)));
    const suspended = await api(gw, 'PUT', `/admin/users/${customerA.id}/status`, { token: await world.admin(), body: { status: 'suspended', reason: 'e2e' } });
    expect(suspended.status).toBe(200);
    expect(await ended).toBe('io server disconnect');
    expect(s.customerA.of('auth_revoked')).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const heardBefore = s.customerA.heard.length;
    // The order moves on (a driver takes it): the restaurant hears it, the suspended customer nothing.
    await world.take(driverA, second.id);
    await heardSoon(s.ownerA, 'driver_assigned', (p) => p.orderId === second.id);
    await heardSoon(s.ownerA, 'order_status_update', (p) => p.orderId === second.id && p.status === 'assigned');
    expect(s.customerA.heard.length).toBe(heardBefore);
  });
});
