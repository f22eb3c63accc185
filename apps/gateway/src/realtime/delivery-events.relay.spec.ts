import { DeliveryStatusChanged, DriverLocationUpdated } from '@platter/contracts';
import { DeliveryEventsRelay } from './delivery-events.relay';
import { FakeIo } from './fake-io';
import { LocalSocketIndex } from './local-sockets';
import { OrderRooms } from './order-rooms';
import { RealtimeRelay, RoomEmitter } from './realtime-relay';

function relayWithRecorder() {
  const emitted: Array<{ rooms: string[]; event: string; payload: unknown }> = [];
  const server: RoomEmitter = {
    to: (rooms) => ({ emit: (event, payload) => emitted.push({ rooms: ([] as string[]).concat(rooms), event, payload }) }),
  };
  const relay = new RealtimeRelay();
  relay.attach(server);
  return { handler: new DeliveryEventsRelay(relay, new OrderRooms({} as never)), emitted };
}

function relayOverSockets() {
  const io = new FakeIo();
  const relay = new RealtimeRelay();
  const index = new LocalSocketIndex(io);
  relay.attach(io, index);
  const rooms = new OrderRooms({} as never);
  rooms.attach(index);
  return { io, handler: new DeliveryEventsRelay(relay, rooms) };
}

const delivery = (over: Partial<DeliveryStatusChanged> = {}): DeliveryStatusChanged => ({
  delivery_id: 'd-1',
  order_id: 'o-1',
  restaurant_id: 'r-1',
  driver_id: 'driver-1',
  driver_name: 'Eto',
  status: 'assigned',
  estimated_delivery_time: '2026-01-01T12:30:00.000Z',
  changed_at: '2026-01-01T12:00:00.000Z',
  ...over,
});

const at: DriverLocationUpdated = { driver_id: 'driver-1', delivery_id: 'd-1', order_id: 'o-1', customer_id: 'c-1', lat: 4.05, lng: 9.7, heading: 80, recorded_at: '2026-01-01T12:01:00.000Z' };

describe('delivery events on the sockets', () => {
  it('tells the restaurant, the order room and admins who took the order, and the driver what they took', () => {
    const { handler, emitted } = relayWithRecorder();
    handler.statusChanged(delivery());
    expect(emitted).toEqual([
      { rooms: ['restaurant:r-1', 'order:o-1', 'role:admin'], event: 'driver_assigned', payload: { orderId: 'o-1', driver: { id: 'driver-1', name: 'Eto' }, estimatedDeliveryTime: '2026-01-01T12:30:00.000Z' } },
      { rooms: ['user:driver-1'], event: 'order_assigned', payload: { orderId: 'o-1', deliveryId: 'd-1', restaurantId: 'r-1', status: 'assigned', estimatedDeliveryTime: '2026-01-01T12:30:00.000Z' } },
    ]);
  });

  it('says nothing of the later delivery moves (order_status_update carries them) or of an assignment without a driver', () => {
    const { handler, emitted } = relayWithRecorder();
    for (const status of ['picked_up', 'in_transit', 'delivered'] as const) handler.statusChanged(delivery({ status }));
    handler.statusChanged(delivery({ driver_id: null }));
    expect(emitted).toEqual([]);
  });

  it('tells a driver who gave the order back that it is no longer theirs', () => {
    const { handler, emitted } = relayWithRecorder();
    handler.statusChanged(delivery({ status: 'unassigned' }));
    expect(emitted).toEqual([{ rooms: ['user:driver-1'], event: 'order_unassigned', payload: { orderId: 'o-1', deliveryId: 'd-1', changedAt: '2026-01-01T12:00:00.000Z' } }]);
  });

  it("shows the driver's position to the order's customer, its room and admins only, with no heading or ids beyond the order", () => {
    const { io, handler } = relayOverSockets();
    const customer = io.connect({ user_id: 'c-1', role: 'customer' });
    const otherCustomer = io.connect({ user_id: 'c-2', role: 'customer' });
    const restaurant = io.connect({ user_id: 's-1', role: 'restaurant_staff', restaurant_id: 'r-1', restaurant_role: 'staff' });
    const admin = io.connect({ user_id: 'a-1', role: 'admin' });
    const watcher = io.connect({ user_id: 's-2', role: 'restaurant_staff', restaurant_id: 'r-1', restaurant_role: 'staff' });
    watcher.join('order:o-1');
    // A customer in the order's room too hears it once.
    customer.join('order:o-1');
    handler.locationUpdated(at);
    const expected = [{ orderId: 'o-1', lat: 4.05, lng: 9.7 }];
    expect(customer.heardOf('driver_location_update')).toEqual(expected);
    expect(watcher.heardOf('driver_location_update')).toEqual(expected);
    expect(admin.heardOf('driver_location_update')).toEqual(expected);
    expect(otherCustomer.heard).toEqual([]);
    expect(restaurant.heard).toEqual([]);
  });

  it("reaches a guest order's room (no customer account) and nobody else", () => {
    const { io, handler } = relayOverSockets();
    const bystander = io.connect({ user_id: 'c-2', role: 'customer' });
    const watcher = io.connect({ user_id: 'a-1', role: 'admin' });
    handler.locationUpdated({ ...at, customer_id: null });
    expect(watcher.heardOf('driver_location_update')).toHaveLength(1);
    expect(bystander.heard).toEqual([]);
  });

  it("takes the previous driver out of the order's room when another driver takes the order, or it is given back", () => {
    const { io, handler } = relayOverSockets();
    const first = io.connect({ user_id: 'driver-1', role: 'driver' });
    const admin = io.connect({ user_id: 'a-1', role: 'admin' });
    first.join('order:o-1');
    first.data.orders = new Map([['o-1', { as: 'driver' }]]);
    admin.join('order:o-1');
    admin.data.orders = new Map([['o-1', { as: 'admin' }]]);
    handler.statusChanged(delivery({ driver_id: 'driver-1' }));
    expect(first.inRoom('order:o-1')).toBe(true);
    handler.statusChanged(delivery({ driver_id: 'driver-2', driver_name: 'Paul' }));
    expect(first.inRoom('order:o-1')).toBe(false);
    expect(admin.inRoom('order:o-1')).toBe(true);
    handler.locationUpdated({ ...at, driver_id: 'driver-2' });
    expect(first.heardOf('driver_location_update')).toEqual([]);

    const second = io.connect({ user_id: 'driver-2', role: 'driver' });
    second.join('order:o-1');
    second.data.orders = new Map([['o-1', { as: 'driver' }]]);
    handler.statusChanged(delivery({ driver_id: 'driver-2', status: 'unassigned' }));
    expect(second.inRoom('order:o-1')).toBe(false);
  });

  it('relays offers, their end and route updates to the driver, and the ETA to whom it concerns', () => {
    const { io, handler } = relayOverSockets();
    const driver = io.connect({ user_id: 'a1b2c3d4-0000-4000-8000-000000000001', role: 'driver' });
    const otherDriver = io.connect({ user_id: 'a1b2c3d4-0000-4000-8000-000000000002', role: 'driver' });
    const customer = io.connect({ user_id: 'c-1', role: 'customer' });
    const restaurant = io.connect({ user_id: 's-1', role: 'restaurant_staff', restaurant_id: 'r-1', restaurant_role: 'staff' });
    const base = { delivery_id: 'd-1', order_id: 'o-1', driver_id: driver.data.actor!.user_id };
    handler.offered({ ...base, offer_id: 'f-1', restaurant_id: 'r-1', expires_at: '2026-01-01T12:00:30.000Z', distance_km: 1.2, pickup_eta_minutes: 4, delivery_fee: 1000, currency: 'XAF' });
    handler.offerClosed({ ...base, offer_id: 'f-1', outcome: 'expired' });
    expect(driver.heard).toEqual([
      {
        event: 'order_offered',
        payload: {
          offerId: 'f-1', orderId: 'o-1', deliveryId: 'd-1', restaurantId: 'r-1', expiresAt: '2026-01-01T12:00:30.000Z', distanceKm: 1.2, pickupEtaMinutes: 4,
          pickupAddress: null, dropoffAddress: null, deliveryFee: 1000, currency: 'XAF',
        },
      },
      { event: 'order_offer_closed', payload: { offerId: 'f-1', orderId: 'o-1', deliveryId: 'd-1', outcome: 'expired' } },
    ]);
    driver.heard.length = 0;

    const route = { ...base, restaurant_id: 'r-1', customer_id: 'c-1', distance_km: 3.4, eta: '2026-01-01T12:20:00.000Z', waypoints: [[4.04, 9.69], [4.05, 9.7]] as Array<[number, number]> };
    handler.routeUpdated({ ...route, leg: 'to_pickup' });
    handler.routeUpdated({ ...route, leg: 'to_dropoff' });
    expect(driver.heardOf('route_update')).toEqual([
      { orderId: 'o-1', deliveryId: 'd-1', leg: 'to_pickup', distanceKm: 3.4, eta: '2026-01-01T12:20:00.000Z', waypoints: route.waypoints },
      { orderId: 'o-1', deliveryId: 'd-1', leg: 'to_dropoff', distanceKm: 3.4, eta: '2026-01-01T12:20:00.000Z', waypoints: route.waypoints },
    ]);
    expect(customer.heard).toEqual([{ event: 'eta_update', payload: { orderId: 'o-1', leg: 'to_dropoff', eta: '2026-01-01T12:20:00.000Z', distanceKm: 3.4 } }]);
    expect(restaurant.heard).toEqual([{ event: 'eta_update', payload: { orderId: 'o-1', leg: 'to_pickup', eta: '2026-01-01T12:20:00.000Z', distanceKm: 3.4 } }]);
    expect(otherDriver.heard).toEqual([]);
  });

  it("tells a driver (and admins) their own status changed, nobody else", () => {
    const { io, handler } = relayOverSockets();
    const driver = io.connect({ user_id: 'driver-1', role: 'driver' });
    const other = io.connect({ user_id: 'driver-2', role: 'driver' });
    handler.driverStatusChanged({ driver_id: 'driver-1', status: 'suspended', online: false, reason: 'documents expired' });
    expect(driver.heard).toEqual([{ event: 'driver_status_update', payload: { driverId: 'driver-1', status: 'suspended', online: false, reason: 'documents expired' } }]);
    expect(other.heard).toEqual([]);
  });
});
