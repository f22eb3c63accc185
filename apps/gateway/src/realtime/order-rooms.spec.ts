import { Actor, DeliveryTrackingView, ForbiddenError, NotFoundError, OrderTrackingView } from '@platter/contracts';
import { FakeIo } from './fake-io';
import { LocalSocketIndex } from './local-sockets';
import { OrderLookups, OrderRooms } from './order-rooms';
import { SocketReplay } from './socket-replay';

const ORDER = 'a1b2c3d4-0000-4000-8000-0000000000aa';
const order = (over: Partial<OrderTrackingView> = {}): OrderTrackingView => ({
  order_id: ORDER,
  order_number: 'ORD-1',
  status: 'in_transit',
  restaurant_id: 'r-1',
  customer_id: 'c-1',
  driver_id: 'd-1',
  delivery_type: 'delivery',
  estimated_delivery_time: null,
  changed_at: '2026-01-01T12:00:00.000Z',
  updated_at: '2026-01-01T12:00:00.000Z',
  ...over,
});
const delivery = (over: Partial<DeliveryTrackingView> = {}): DeliveryTrackingView => ({
  order_id: ORDER, delivery_id: 'dl-1', status: 'in_transit', driver_id: 'd-1', lat: 4.05, lng: 9.69, recorded_at: '2026-01-01T12:01:00.000Z', eta: '2026-01-01T12:20:00.000Z', ...over,
});

/** Ordering's rule, as the fake lookups apply it: the customer, the restaurant's team, the driver, admins. */
function lookups(current: OrderTrackingView, pos: DeliveryTrackingView | null = delivery()): OrderLookups & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async tracking(actor: Actor, orderId: string) {
      calls.push(`tracking ${actor.user_id}`);
      if (orderId !== current.order_id) throw new NotFoundError('Order');
      const allowed = actor.role === 'admin' || actor.user_id === current.customer_id || actor.user_id === current.driver_id || actor.restaurant_id === current.restaurant_id;
      if (!allowed) throw new ForbiddenError('You may not follow this order');
      return current;
    },
    async delivery() {
      calls.push('delivery');
      if (!pos) throw new NotFoundError('Delivery');
      return pos;
    },
    async activeForCustomer() {
      return [current];
    },
  };
}

function setUp(current = order(), pos?: DeliveryTrackingView | null) {
  const io = new FakeIo();
  const fake = lookups(current, pos);
  const rooms = new OrderRooms(fake);
  rooms.attach(new LocalSocketIndex(io));
  return { io, rooms, fake };
}

describe('order rooms: join and leave', () => {
  it("lets the order's customer in, with the latest status, ETA and the driver's last position, in the ack and as events", async () => {
    const { io, rooms } = setUp();
    const customer = io.connect({ user_id: 'c-1', role: 'customer' });
    const ack = await rooms.join(customer, { orderId: ORDER });
    expect(ack).toEqual({
      ok: true,
      state: {
        orderId: ORDER, orderNumber: 'ORD-1', status: 'in_transit', changedAt: '2026-01-01T12:00:00.000Z', deliveryType: 'delivery', restaurantId: 'r-1', driverId: 'd-1',
        estimatedDeliveryTime: '2026-01-01T12:20:00.000Z', driverLocation: { lat: 4.05, lng: 9.69, recordedAt: '2026-01-01T12:01:00.000Z' },
      },
    });
    expect(customer.inRoom(`order:${ORDER}`)).toBe(true);
    expect(customer.heard).toEqual([
      { event: 'order_status_update', payload: { orderId: ORDER, status: 'in_transit', changedAt: '2026-01-01T12:00:00.000Z', estimatedDeliveryTime: '2026-01-01T12:20:00.000Z' } },
      { event: 'driver_location_update', payload: { orderId: ORDER, lat: 4.05, lng: 9.69 } },
    ]);
  });

  it.each([
    ['another customer', { user_id: 'c-2', role: 'customer' }],
    ['another restaurant', { user_id: 'o-2', role: 'restaurant_owner', restaurant_id: 'r-2', restaurant_role: 'owner' }],
    ['another driver', { user_id: 'd-2', role: 'driver' }],
  ] as Array<[string, Actor]>)('refuses %s with FORBIDDEN and leaves it out of the room', async (_who, actor) => {
    const { io, rooms } = setUp();
    const socket = io.connect(actor);
    const ack = await rooms.join(socket, { orderId: ORDER });
    expect(ack).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'You may not follow this order' } });
    expect(socket.inRoom(`order:${ORDER}`)).toBe(false);
    expect(socket.heard).toEqual([]);
  });

  it.each([
    ['its restaurant', { user_id: 's-1', role: 'restaurant_staff', restaurant_id: 'r-1', restaurant_role: 'staff' }, { as: 'restaurant', restaurantId: 'r-1' }],
    ['its driver', { user_id: 'd-1', role: 'driver' }, { as: 'driver' }],
    ['an admin', { user_id: 'a-1', role: 'admin' }, { as: 'admin' }],
  ] as Array<[string, Actor, unknown]>)('lets %s in, remembering why', async (_who, actor, basis) => {
    const { io, rooms } = setUp();
    const socket = io.connect(actor);
    expect(await rooms.join(socket, { orderId: ORDER })).toMatchObject({ ok: true });
    expect(socket.data.orders?.get(ORDER)).toEqual(basis);
  });

  it('answers NOT_FOUND for an order that does not exist, VALIDATION_ERROR for a bad request', async () => {
    const { io, rooms, fake } = setUp();
    const socket = io.connect({ user_id: 'a-1', role: 'admin' });
    expect(await rooms.join(socket, { orderId: 'a1b2c3d4-0000-4000-8000-0000000000bb' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const bad of [undefined, {}, { orderId: 'nope' }, 'a1b2c3d4-0000-4000-8000-0000000000aa']) {
      expect(await rooms.join(socket, bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR' } });
    }
    expect(fake.calls).toEqual(['tracking a-1']);
  });

  it('asks dispatch for a position only while the order is out for delivery, and joins without one when dispatch cannot say', async () => {
    const ready = setUp(order({ status: 'ready', driver_id: null }));
    const customer = ready.io.connect({ user_id: 'c-1', role: 'customer' });
    expect(await ready.rooms.join(customer, { orderId: ORDER })).toEqual({
      ok: true,
      state: { orderId: ORDER, orderNumber: 'ORD-1', status: 'ready', changedAt: '2026-01-01T12:00:00.000Z', deliveryType: 'delivery', restaurantId: 'r-1', driverId: null },
    });
    expect(ready.fake.calls).not.toContain('delivery');

    const noDispatch = setUp(order(), null);
    const other = noDispatch.io.connect({ user_id: 'c-1', role: 'customer' });
    const ack = await noDispatch.rooms.join(other, { orderId: ORDER });
    expect(ack).toMatchObject({ ok: true, state: { status: 'in_transit' } });
    expect(ack.ok && ack.state && 'driverLocation' in ack.state).toBe(false);
  });

  it('refuses more than 10 joins a second from one socket (each asks ordering)', async () => {
    const { io, rooms, fake } = setUp();
    const socket = io.connect({ user_id: 'c-2', role: 'customer' });
    const acks = await Promise.all(Array.from({ length: 12 }, () => rooms.join(socket, { orderId: ORDER })));
    expect(acks.filter((a) => !a.ok && a.error.code === 'RATE_LIMIT_EXCEEDED')).toHaveLength(2);
    expect(fake.calls).toHaveLength(10);
  });

  it('leaves on request', async () => {
    const { io, rooms } = setUp();
    const customer = io.connect({ user_id: 'c-1', role: 'customer' });
    await rooms.join(customer, { orderId: ORDER });
    expect(rooms.leave(customer, { orderId: ORDER })).toEqual({ ok: true });
    expect(customer.inRoom(`order:${ORDER}`)).toBe(false);
    expect(rooms.leave(customer, { orderId: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR' } });
  });
});

describe('replay on connect', () => {
  it("gives a customer the latest status (and driver's position) of each order changed before the connection, none after", async () => {
    const io = new FakeIo();
    const older = order();
    const newer = order({ order_id: 'a1b2c3d4-0000-4000-8000-0000000000cc', status: 'confirmed', changed_at: '2026-01-01T12:10:00.000Z' });
    const fake = { ...lookups(older), activeForCustomer: async () => [newer, older] };
    const customer = io.connect({ user_id: 'c-1', role: 'customer' });
    const replayed = await new SocketReplay(fake).onConnect(customer, customer.data.actor!, Date.parse('2026-01-01T12:05:00.000Z'));
    expect(replayed).toBe(1);
    expect(customer.heard).toEqual([
      { event: 'order_status_update', payload: { orderId: ORDER, status: 'in_transit', changedAt: '2026-01-01T12:00:00.000Z', estimatedDeliveryTime: '2026-01-01T12:20:00.000Z' } },
      { event: 'driver_location_update', payload: { orderId: ORDER, lat: 4.05, lng: 9.69 } },
    ]);
  });

  it('replays in the order the changes happened', async () => {
    const io = new FakeIo();
    const a = order({ order_id: 'a', status: 'ready', changed_at: '2026-01-01T11:00:00.000Z' });
    const b = order({ order_id: 'b', status: 'confirmed', changed_at: '2026-01-01T10:00:00.000Z' });
    const customer = io.connect({ user_id: 'c-1', role: 'customer' });
    await new SocketReplay({ ...lookups(a), activeForCustomer: async () => [a, b] }).onConnect(customer, customer.data.actor!, Date.now());
    expect(customer.heardOf('order_status_update').map((p) => (p as { orderId: string }).orderId)).toEqual(['b', 'a']);
  });

  it('replays nothing to other roles, and survives ordering being away', async () => {
    const io = new FakeIo();
    const driver = io.connect({ user_id: 'd-1', role: 'driver' });
    expect(await new SocketReplay(lookups(order())).onConnect(driver, driver.data.actor!, Date.now())).toBe(0);
    const customer = io.connect({ user_id: 'c-1', role: 'customer' });
    const failing = { ...lookups(order()), activeForCustomer: async () => Promise.reject(new Error('timeout')) };
    expect(await new SocketReplay(failing).onConnect(customer, customer.data.actor!, Date.now())).toBe(0);
    expect(customer.heard).toEqual([]);
  });
});
