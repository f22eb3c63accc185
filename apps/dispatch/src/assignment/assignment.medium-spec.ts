// Assignment against real PostgreSQL: offers to one driver at a time by distance, expiry and
// decline moving on, rounds and their pause, accept races, two sweepers side by side, manual
// assignment and reassignment, drivers going offline, batching, early offers, route updates.
import { randomUUID } from 'node:crypto';
import { Actor, OrderCreated, OrderStatusChanged } from '@platter/contracts';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { AcceptDeliveryService } from '../deliveries/commands/accept-delivery/accept-delivery.service';
import { OfferDeliveryService } from '../deliveries/commands/offer-delivery/offer-delivery.service';
import { OpenDeliveryService } from '../deliveries/commands/open-delivery/open-delivery.service';
import { PickupDeliveryService } from '../deliveries/commands/pickup-delivery/pickup-delivery.service';
import { DriverOrdersRpc } from '../deliveries/queries/driver-orders/driver-orders.rpc';
import { DispatchConfig } from '../dispatch.config';
import { dispatchEntities } from '../dispatch.module';
import { dispatchMigrations } from '../migrations';
import { RouteTracker } from '../routing/route-tracker';
import { dispatchServices } from '../testing/dispatch-services';
import { ManualAssignmentService } from './commands/assign-delivery/manual-assignment.service';
import { DeclineOfferService } from './commands/decline-offer/decline-offer.service';
import { DriverAvailabilityService } from './commands/release-driver-work/driver-availability.service';
import { OfferSweeper } from './offer-sweeper';
import { DeliveryBoardsRpc } from './queries/delivery-boards/delivery-boards.rpc';
import { NearbyDriversRpc } from './queries/nearby-drivers/nearby-drivers.rpc';
import { RestaurantSitesService } from './restaurant-sites/restaurant-sites.service';

const RESTAURANT = { lat: 4.05, lng: 9.7 };
const ADMIN: Actor = { user_id: randomUUID(), role: 'admin' };

/** The use cases and adapters these tests drive, from a dispatch built by Nest. */
function useCasesOf(bed: FeatureTestingModule) {
  return {
    sites: bed.get(RestaurantSitesService),
    open: bed.get(OpenDeliveryService),
    offer: bed.get(OfferDeliveryService),
    accept: bed.get(AcceptDeliveryService),
    pickup: bed.get(PickupDeliveryService),
    decline: bed.get(DeclineOfferService),
    manual: bed.get(ManualAssignmentService),
    availability: bed.get(DriverAvailabilityService),
    sweeper: bed.get(OfferSweeper),
    tracker: bed.get(RouteTracker),
    driverOrders: bed.get(DriverOrdersRpc),
    boards: bed.get(DeliveryBoardsRpc),
    nearbyDrivers: bed.get(NearbyDriversRpc),
  };
}

describe('assignment (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  const config = Object.assign(new DispatchConfig(), {
    OFFER_TIMEOUT_SECONDS: 30,
    OFFER_ROUND_PAUSE_SECONDS: 60,
    POOL_RECHECK_SECONDS: 10,
    OFFER_SWEEP_INTERVAL_MS: 0,
    MAX_ACTIVE_DELIVERIES: 2,
    BATCH_PICKUP_RADIUS_KM: 1.5,
    DISPATCH_DEFAULT_PREPARATION_MINUTES: 20,
    ROUTE_ETA_CHANGE_SECONDS: 60,
  });
  let bed: FeatureTestingModule;
  let w: ReturnType<typeof useCasesOf>;

  beforeAll(async () => {
    db = await createThrowawaySchema('dispatch', { entities: dispatchEntities, migrations: dispatchMigrations });
    bed = await dispatchServices(db, config);
    w = useCasesOf(bed);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  // Every test starts with nobody online and nothing waiting.
  beforeEach(async () => {
    await db.dataSource.query(`UPDATE drivers SET online = false`);
    await db.dataSource.query(`UPDATE delivery_offers SET status = 'withdrawn', closed_at = now() WHERE status = 'open'`);
    await db.dataSource.query(`UPDATE deliveries SET status = 'cancelled' WHERE status NOT IN ('delivered', 'cancelled')`);
  });

  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

  async function driver(name: string, at: { lat: number; lng: number } | null, { online = true, status = 'approved', ageSeconds = 5 } = {}): Promise<Actor> {
    const id = randomUUID();
    await q(
      `INSERT INTO drivers (id, status, name, online, vehicle_type, last_lat, last_lng, last_located_at)
       VALUES ($1, $2, $3, $4, 'motorbike', $5, $6, CASE WHEN $5::float8 IS NULL THEN NULL ELSE now() - make_interval(secs => $7) END)`,
      [id, status, name, online, at?.lat ?? null, at?.lng ?? null, ageSeconds],
    );
    return { user_id: id, role: 'driver' };
  }

  async function restaurant(at: { lat: number; lng: number } | null = RESTAURANT, preparationMinutes?: number) {
    const r = { restaurant_id: randomUUID(), owner_id: randomUUID() };
    await w.sites.approved({ ...r, name: 'Chez Mama', currency: 'XAF', latitude: at?.lat ?? null, longitude: at?.lng ?? null });
    if (preparationMinutes) await w.sites.configChanged({ restaurant_id: r.restaurant_id, key: 'preparation_minutes', value: String(preparationMinutes) });
    return r;
  }

  function orderCreated(r: { restaurant_id: string; owner_id: string }): OrderCreated {
    return {
      order_id: randomUUID(), order_number: 'ORD-7', restaurant_id: r.restaurant_id, restaurant_owner_id: r.owner_id, customer_id: randomUUID(),
      status: 'confirmed', items: [{ menu_item_id: randomUUID(), name: 'Ndolé', quantity: 1, unit_price: 3500 }], subtotal: 3500, total_amount: 4500,
      currency: 'XAF', delivery_type: 'delivery', payment_method: 'cash', delivery_fee: 1000, delivery_code: '4821',
      delivery_address: { address: 'Akwa, Douala', latitude: 4.03, longitude: 9.72 },
    };
  }

  const moved = (o: OrderCreated, from: OrderStatusChanged['from'], to: OrderStatusChanged['to']): OrderStatusChanged => ({
    order_id: o.order_id, order_number: o.order_number, restaurant_id: o.restaurant_id, restaurant_owner_id: o.restaurant_owner_id, customer_id: o.customer_id, from, to,
    changed_at: new Date().toISOString(), delivery_type: 'delivery',
  });

  async function placed(r: { restaurant_id: string; owner_id: string }): Promise<OrderCreated> {
    const o = orderCreated(r);
    await w.open.open(o);
    return o;
  }

  async function ready(o: OrderCreated): Promise<void> {
    await w.offer.follow(moved(o, 'preparing', 'ready'));
  }

  const outbox = async (type: string, orderId: string) =>
    (await q(`SELECT envelope FROM outbox WHERE routing_key = $1 AND envelope->'payload'->>'order_id' = $2 ORDER BY seq`, [type, orderId])).map(
      (r: { envelope: { payload: Record<string, unknown> } }) => r.envelope.payload,
    );
  const openOffers = async (orderId: string) =>
    (await q(`SELECT o.driver_id FROM delivery_offers o JOIN deliveries d ON d.id = o.delivery_id WHERE d.order_id = $1 AND o.status = 'open'`, [orderId])).map(
      (r: { driver_id: string }) => r.driver_id,
    );
  const deliveryOf = async (orderId: string) => (await q(`SELECT * FROM deliveries WHERE order_id = $1`, [orderId]))[0];
  /** Makes the open offers of these orders due, as if OFFER_TIMEOUT_SECONDS had passed. */
  const expireNow = (orderId: string) =>
    q(`UPDATE delivery_offers SET expires_at = now() - interval '1 second' WHERE status = 'open' AND delivery_id = (SELECT id FROM deliveries WHERE order_id = $1)`, [orderId]);

  it('offers a ready order to the nearest online approved driver only, and moves on when the offer expires', async () => {
    const r = await restaurant();
    const far = await driver('Far', { lat: 4.08, lng: 9.7 });
    const near = await driver('Near', { lat: 4.052, lng: 9.7 });
    const mid = await driver('Mid', { lat: 4.06, lng: 9.7 });
    const stale = await driver('Stale', { lat: 4.0501, lng: 9.7 }, { ageSeconds: 3600 });
    await driver('Offline', { lat: 4.05, lng: 9.7 }, { online: false });
    await driver('Pending', { lat: 4.05, lng: 9.7 }, { status: 'pending' });
    const o = await placed(r);
    expect(await openOffers(o.order_id)).toEqual([]);
    await ready(o);

    expect(await openOffers(o.order_id)).toEqual([near.user_id]);
    const [offered] = await outbox('delivery.offered', o.order_id);
    expect(offered).toMatchObject({ driver_id: near.user_id, restaurant_id: r.restaurant_id, distance_km: 0.2, pickup_eta_minutes: expect.any(Number), delivery_fee: 1000, dropoff_address: 'Akwa, Douala' });
    // The offer is on the driver's list; the others do not see the order (it is not in the pool).
    const list = await w.driverOrders.available({ actor: near, data: {} });
    expect(list.find((d) => d.order_id === o.order_id)).toMatchObject({ source: 'offer', offer_expires_at: expect.any(String), pickup_distance_km: 0.2 });
    expect((await w.driverOrders.available({ actor: mid, data: {} })).map((d) => d.order_id)).not.toContain(o.order_id);
    expect((await rejection(w.accept.accept(mid, o.order_id))).code).toBe('CONFLICT');

    // Not yet due: the sweeper leaves it; due: expired, and the next nearest gets it.
    expect(await w.sweeper.tick()).toMatchObject({ expired: 0 });
    await expireNow(o.order_id);
    expect((await w.sweeper.tick()).expired).toBe(1);
    expect(await openOffers(o.order_id)).toEqual([mid.user_id]);
    expect(await outbox('delivery.offer-closed', o.order_id)).toEqual([expect.objectContaining({ driver_id: near.user_id, outcome: 'expired' })]);
    await expireNow(o.order_id);
    await w.sweeper.tick();
    expect(await openOffers(o.order_id)).toEqual([far.user_id]);
    // Known distances first; a stale position counts as unknown and comes last.
    await expireNow(o.order_id);
    await w.sweeper.tick();
    expect(await openOffers(o.order_id)).toEqual([stale.user_id]);

    // Everyone tried: the round ends, nobody is offered it again during the pause (it waits in the pool).
    await expireNow(o.order_id);
    await w.sweeper.tick();
    expect(await openOffers(o.order_id)).toEqual([]);
    expect((await deliveryOf(o.order_id)).round_exhausted_at).not.toBeNull();
    expect((await w.driverOrders.available({ actor: mid, data: {} })).find((d) => d.order_id === o.order_id)).toMatchObject({ source: 'pool', pickup_distance_km: 1.1 });
    await w.sweeper.tick();
    expect(await openOffers(o.order_id)).toEqual([]);
    // After the pause a new round starts with the nearest again.
    await q(`UPDATE deliveries SET round_exhausted_at = now() - interval '61 seconds', next_offer_at = now() - interval '1 second' WHERE order_id = $1`, [o.order_id]);
    await w.sweeper.tick();
    expect(await openOffers(o.order_id)).toEqual([near.user_id]);
    const offers = await outbox('delivery.offered', o.order_id);
    expect(offers.map((x: Record<string, unknown>) => x.driver_id)).toEqual([near.user_id, mid.user_id, far.user_id, stale.user_id, near.user_id]);

    // The offered driver accepts: assigned, offer closed as accepted.
    expect((await w.accept.accept(near, o.order_id)).status).toBe('assigned');
    expect((await outbox('delivery.offer-closed', o.order_id)).at(-1)).toMatchObject({ driver_id: near.user_id, outcome: 'accepted' });
    expect(await outbox('delivery.status-changed', o.order_id)).toEqual([expect.objectContaining({ status: 'assigned', driver_id: near.user_id, estimated_delivery_time: expect.any(String) })]);
    expect(await outbox('delivery.route-updated', o.order_id)).toEqual([
      expect.objectContaining({ driver_id: near.user_id, leg: 'to_pickup', distance_km: expect.any(Number), eta: expect.any(String), estimated_delivery_time: expect.any(String) }),
    ]);
  });

  it('moves a declined offer to the next driver at once and never back to the one who declined', async () => {
    const r = await restaurant();
    const a = await driver('A', { lat: 4.051, lng: 9.7 });
    const b = await driver('B', { lat: 4.055, lng: 9.7 });
    const o = await placed(r);
    await ready(o);
    expect(await openOffers(o.order_id)).toEqual([a.user_id]);
    expect((await rejection(w.decline.decline(b, o.order_id))).code).toBe('NOT_FOUND');
    expect(await w.decline.decline(a, o.order_id)).toMatchObject({ order_id: o.order_id, status: 'declined' });
    expect(await openOffers(o.order_id)).toEqual([b.user_id]);
    expect(await outbox('delivery.offer-closed', o.order_id)).toEqual([expect.objectContaining({ driver_id: a.user_id, outcome: 'declined' })]);
    await w.decline.decline(b, o.order_id);
    expect(await openOffers(o.order_id)).toEqual([]);
    // Declined by both: a pool delivery anyone near may still take.
    expect((await w.accept.accept(b, o.order_id)).status).toBe('assigned');
  });

  it('lets exactly one of several drivers take a pool delivery', async () => {
    const r = await restaurant();
    const o = await placed(r);
    await ready(o); // nobody online: it waits in the pool
    expect(await openOffers(o.order_id)).toEqual([]);
    const racers = [await driver('R1', null), await driver('R2', null), await driver('R3', null)];
    // Online now, but no driver.status-changed yet: the pool is open to them.
    const results = await Promise.allSettled(racers.map((d) => w.accept.accept(d, o.order_id)));
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((x): x is PromiseRejectedResult => x.status === 'rejected').map((x) => x.reason.code)).toEqual(['CONFLICT', 'CONFLICT']);
    expect(await outbox('delivery.status-changed', o.order_id)).toHaveLength(1);
  });

  it('expires each due offer exactly once with two sweepers side by side', async () => {
    const r = await restaurant();
    const drivers = [];
    for (let i = 0; i < 12; i++) drivers.push(await driver(`S${i}`, { lat: 4.05 + i * 0.001, lng: 9.7 }));
    const orders: OrderCreated[] = [];
    for (let i = 0; i < 6; i++) {
      const o = await placed(r);
      await ready(o);
      orders.push(o);
    }
    for (const o of orders) expect(await openOffers(o.order_id)).toHaveLength(1);
    await q(`UPDATE delivery_offers SET expires_at = now() - interval '1 second' WHERE status = 'open'`);
    // A second dispatch replica on the same database, sweeping at the same moment.
    const replica = await dispatchServices(db, config);
    const second = replica.get(OfferSweeper);
    const [x, y] = await Promise.all([w.sweeper.tick(), second.tick()]).finally(() => replica.close());
    expect(x.expired + y.expired).toBe(6);
    for (const o of orders) {
      expect(await outbox('delivery.offer-closed', o.order_id)).toHaveLength(1);
      expect(await openOffers(o.order_id)).toHaveLength(1);
    }
    // No driver holds two open offers.
    const perDriver = await q(`SELECT driver_id, count(*)::int AS n FROM delivery_offers WHERE status = 'open' GROUP BY driver_id HAVING count(*) > 1`);
    expect(perDriver).toEqual([]);
  });

  it('never offers to an offline driver; a driver coming online is offered the waiting order at once', async () => {
    const r = await restaurant();
    const d = await driver('Late', { lat: 4.051, lng: 9.7 }, { online: false });
    const o = await placed(r);
    await ready(o);
    await w.sweeper.tick();
    expect(await openOffers(o.order_id)).toEqual([]);
    expect((await deliveryOf(o.order_id)).next_offer_at).not.toBeNull();
    await q(`UPDATE drivers SET online = true WHERE id = $1`, [d.user_id]);
    await w.availability.driverChanged(d.user_id);
    expect(await openOffers(o.order_id)).toEqual([d.user_id]);
  });

  it('gives back what an offline or suspended driver held before pickup, and withdraws their offers', async () => {
    const r = await restaurant();
    const a = await driver('Goes', { lat: 4.051, lng: 9.7 });
    const o1 = await placed(r);
    await ready(o1);
    await w.accept.accept(a, o1.order_id);
    const o2 = await placed(r);
    await ready(o2);
    expect(await openOffers(o2.order_id)).toEqual([a.user_id]); // same restaurant: batched
    const b = await driver('Stays', { lat: 4.06, lng: 9.7 });

    await q(`UPDATE drivers SET online = false WHERE id = $1`, [a.user_id]);
    await w.availability.driverChanged(a.user_id);
    expect(await outbox('delivery.offer-closed', o2.order_id)).toEqual([expect.objectContaining({ driver_id: a.user_id, outcome: 'withdrawn' })]);
    expect(await outbox('delivery.status-changed', o1.order_id)).toEqual([
      expect.objectContaining({ status: 'assigned', driver_id: a.user_id }),
      expect.objectContaining({ status: 'unassigned', driver_id: a.user_id }),
    ]);
    expect(await deliveryOf(o1.order_id)).toMatchObject({ status: 'available', driver_id: null });
    // Both go to the driver still online (one offer at a time: the other waits for the next sweep).
    const offeredToB = [...(await openOffers(o1.order_id)), ...(await openOffers(o2.order_id))];
    expect(offeredToB).toEqual([b.user_id]);
  });

  it('batches a second delivery from the same restaurant or a close one, not from a far one, and never a third', async () => {
    const r1 = await restaurant();
    const close = await restaurant({ lat: 4.06, lng: 9.7 }); // ~1.1 km
    const far = await restaurant({ lat: 4.1, lng: 9.7 }); // ~5.6 km
    const d = await driver('Batch', { lat: 4.05, lng: 9.7 });
    const first = await placed(r1);
    await ready(first);
    await w.accept.accept(d, first.order_id);

    const farOrder = await placed(far);
    await ready(farOrder);
    expect(await openOffers(farOrder.order_id)).toEqual([]);
    expect((await rejection(w.accept.accept(d, farOrder.order_id))).code).toBe('DRIVER_AT_CAPACITY');

    const closeOrder = await placed(close);
    await ready(closeOrder);
    expect(await openOffers(closeOrder.order_id)).toEqual([d.user_id]);
    await w.accept.accept(d, closeOrder.order_id);

    const third = await placed(r1);
    await ready(third);
    expect(await openOffers(third.order_id)).toEqual([]);
    expect((await rejection(w.accept.accept(d, third.order_id))).code).toBe('DRIVER_AT_CAPACITY');
    expect((await w.driverOrders.current({ actor: d, data: {} })).map((x) => x.order_id).sort()).toEqual([first.order_id, closeOrder.order_id].sort());
  });

  it('lets the restaurant assign and reassign before pickup, and only an admin after it', async () => {
    const r = await restaurant();
    const owner: Actor = { user_id: r.owner_id, role: 'restaurant_owner', restaurant_id: r.restaurant_id, restaurant_role: 'owner' };
    const staff: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: r.restaurant_id, restaurant_role: 'staff' };
    const stranger: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: randomUUID(), restaurant_role: 'manager' };
    const a = await driver('Ann', { lat: 4.07, lng: 9.7 });
    const b = await driver('Ben', { lat: 4.08, lng: 9.7 });
    const offline = await driver('Off', { lat: 4.05, lng: 9.7 }, { online: false });
    const o = await placed(r);
    await ready(o);
    expect(await openOffers(o.order_id)).toEqual([a.user_id]);

    expect((await rejection(w.manual.assign(stranger, o.order_id, b.user_id))).code).toBe('FORBIDDEN');
    expect((await rejection(w.manual.assign(staff, o.order_id, offline.user_id))).code).toBe('DRIVER_OFFLINE');
    const assigned = await w.manual.assign(staff, o.order_id, b.user_id);
    expect(assigned).toMatchObject({ status: 'assigned', driver: { id: b.user_id, name: 'Ben' }, offered_to: null, route: { leg: 'to_pickup' } });
    expect((await outbox('delivery.offer-closed', o.order_id)).at(-1)).toMatchObject({ driver_id: a.user_id, outcome: 'withdrawn' });

    // Reassigned before pickup: the previous driver is unassigned, then the new one assigned.
    await w.manual.assign(owner, o.order_id, a.user_id);
    expect((await outbox('delivery.status-changed', o.order_id)).map((e: Record<string, unknown>) => [e.status, e.driver_id])).toEqual([
      ['assigned', b.user_id],
      ['unassigned', b.user_id],
      ['assigned', a.user_id],
    ]);
    const board = await w.boards.restaurantDeliveries({ actor: staff, data: {} });
    expect(board.items.map((x) => [x.order_id, x.status, x.driver?.id])).toEqual([[o.order_id, 'assigned', a.user_id]]);

    await w.pickup.pickup(a, o.order_id);
    expect((await rejection(w.manual.assign(owner, o.order_id, b.user_id))).code).toBe('FORBIDDEN');
    const handed = await w.manual.assign(ADMIN, o.order_id, b.user_id);
    expect(handed).toMatchObject({ status: 'picked_up', driver: { id: b.user_id }, route: { leg: 'to_dropoff' } });
    expect((await outbox('delivery.status-changed', o.order_id)).at(-1)).toMatchObject({ status: 'picked_up', driver_id: b.user_id });
    const adminBoard = await w.boards.adminDeliveries({ actor: ADMIN, data: { driver_id: b.user_id } });
    expect(adminBoard.items.map((x) => x.order_id)).toEqual([o.order_id]);
    const nearby = await w.nearbyDrivers.nearbyDrivers({ actor: staff, data: { radius_km: 2.5 } });
    expect(nearby.map((x) => x.name)).toEqual(['Ann']);
  });

  it('offers early when the best driver needs about as long as the kitchen, and tells ordering only once the order is ready', async () => {
    const r = await restaurant(RESTAURANT, 10);
    // ~11 km away on a motorbike (30 km/h, ×1.3): a 29-minute trip, longer than the 10 minutes of cooking.
    const d = await driver('Early', { lat: 4.15, lng: 9.7 });
    const o = await placed(r);
    await w.offer.follow(moved(o, 'confirmed', 'accepted'));
    expect((await deliveryOf(o.order_id)).expected_ready_at).not.toBeNull();
    expect(await openOffers(o.order_id)).toEqual([d.user_id]);
    await w.accept.accept(d, o.order_id);
    // Assigned, but ordering hears nothing until the order is ready.
    expect(await outbox('delivery.status-changed', o.order_id)).toEqual([]);
    await ready(o);
    expect(await outbox('delivery.status-changed', o.order_id)).toEqual([expect.objectContaining({ status: 'assigned', driver_id: d.user_id })]);

    // A driver next door is not sent early to wait 20 minutes at the counter.
    const r2 = await restaurant(RESTAURANT, 20);
    const nextDoor = await driver('NextDoor', { lat: 4.0505, lng: 9.7 });
    const later = await placed(r2);
    await w.offer.follow(moved(later, 'confirmed', 'accepted'));
    expect(await openOffers(later.order_id)).toEqual([]);
    await ready(later);
    expect(await openOffers(later.order_id)).toEqual([nextDoor.user_id]);
  });

  it('publishes a new route when a position moves the ETA by more than a minute, not for small moves', async () => {
    const r = await restaurant();
    const d = await driver('Route', { lat: 4.06, lng: 9.7 });
    const o = await placed(r);
    await ready(o);
    await w.accept.accept(d, o.order_id);
    expect(await outbox('delivery.route-updated', o.order_id)).toHaveLength(1);
    await w.tracker.onDriverPosition(d.user_id, { lat: 4.0601, lng: 9.7 });
    expect(await outbox('delivery.route-updated', o.order_id)).toHaveLength(1);
    await w.tracker.onDriverPosition(d.user_id, { lat: 4.1, lng: 9.7 }); // much further: minutes later
    const routes = await outbox('delivery.route-updated', o.order_id);
    expect(routes).toHaveLength(2);
    expect(Date.parse(routes[1].eta as string)).toBeGreaterThan(Date.parse(routes[0].eta as string) + 60_000);
    // After pickup the leg is to the customer.
    await w.pickup.pickup(d, o.order_id);
    expect((await outbox('delivery.route-updated', o.order_id)).at(-1)).toMatchObject({ leg: 'to_dropoff' });
  });
});
