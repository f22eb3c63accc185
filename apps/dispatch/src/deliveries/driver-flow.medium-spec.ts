// The saga's driver flow against real PostgreSQL: a ready order offered to online drivers, exactly
// one of two racing drivers winning it, pickup, the first location putting it in transit (and its
// throttled live position), the delivery code checked, every step announced through the outbox.
import { randomUUID } from 'node:crypto';
import { Actor, DriverLocationUpdated, OrderCreated, OrderStatusChanged } from '@platter/contracts';
import { TelemetryPublisher } from '@platter/messaging';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { dispatchEntities } from '../dispatch.module';
import { DispatchConfig } from '../dispatch.config';
import { RegisterDriverService } from '../drivers/commands/register-driver/register-driver.service';
import { SetAvailabilityService } from '../drivers/commands/set-availability/set-availability.service';
import { UpdateLocationService } from '../drivers/commands/update-location/update-location.service';
import { dispatchMigrations } from '../migrations';
import { dispatchServices } from '../testing/dispatch-services';
import { AcceptDeliveryService } from './commands/accept-delivery/accept-delivery.service';
import { CancelDeliveryService } from './commands/cancel-delivery/cancel-delivery.service';
import { ConfirmDeliveryService } from './commands/confirm-delivery/confirm-delivery.service';
import { OfferDeliveryService } from './commands/offer-delivery/offer-delivery.service';
import { OpenDeliveryService } from './commands/open-delivery/open-delivery.service';
import { PickupDeliveryService } from './commands/pickup-delivery/pickup-delivery.service';
import { DriverOrdersRpc } from './queries/driver-orders/driver-orders.rpc';

describe('dispatch driver flow (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  const config = Object.assign(new DispatchConfig(), { DRIVER_AVERAGE_SPEED_KMH: 30, LOCATION_EVENT_MIN_INTERVAL_MS: 60_000, MAX_DELIVERY_CODE_ATTEMPTS: 3 });
  let register: RegisterDriverService;
  let availability: SetAvailabilityService;
  let location: UpdateLocationService;
  const live: DriverLocationUpdated[] = [];
  let open: OpenDeliveryService;
  let offer: OfferDeliveryService;
  let cancel: CancelDeliveryService;
  let accept: AcceptDeliveryService;
  let pickup: PickupDeliveryService;
  let confirm: ConfirmDeliveryService;
  let orders: DriverOrdersRpc;

  beforeAll(async () => {
    db = await createThrowawaySchema('dispatch', { entities: dispatchEntities, migrations: dispatchMigrations });
    // Live positions leave through telemetry (not the outbox): recorded here.
    const telemetry = { publish: (_type: string, payload: DriverLocationUpdated) => live.push(payload) > 0 } as unknown as TelemetryPublisher;
    bed = await dispatchServices(db, config, [{ provide: TelemetryPublisher, useValue: telemetry }]);
    register = bed.get(RegisterDriverService);
    availability = bed.get(SetAvailabilityService);
    location = bed.get(UpdateLocationService);
    open = bed.get(OpenDeliveryService);
    offer = bed.get(OfferDeliveryService);
    cancel = bed.get(CancelDeliveryService);
    accept = bed.get(AcceptDeliveryService);
    pickup = bed.get(PickupDeliveryService);
    confirm = bed.get(ConfirmDeliveryService);
    orders = bed.get(DriverOrdersRpc);
  });

  afterAll(async () => {
    // Closing runs the location pipeline's shutdown (its final flush) before the schema goes.
    await bed?.close();
    await db?.drop();
  });

  async function driver(name: string, online = true): Promise<Actor> {
    const actor: Actor = { user_id: randomUUID(), role: 'driver' };
    await register.register({ user_id: actor.user_id, email: `${actor.user_id}@test.local`, name, role: 'driver' });
    // Only approved drivers go online (driver onboarding has its own tests).
    await db.dataSource.query(`UPDATE drivers SET status = 'approved', vehicle_type = 'motorbike', vehicle_plate = 'LT1234A' WHERE id = $1`, [actor.user_id]);
    if (online) await availability.set(actor, true);
    return actor;
  }

  function orderCreated(overrides: Partial<OrderCreated> = {}): OrderCreated {
    return {
      order_id: randomUUID(), order_number: 'ORD-42', restaurant_id: randomUUID(), restaurant_owner_id: randomUUID(), customer_id: randomUUID(),
      status: 'confirmed', items: [{ menu_item_id: randomUUID(), name: 'Ndolé', quantity: 1, unit_price: 3500 }], subtotal: 3500, total_amount: 4500,
      currency: 'XAF', delivery_type: 'delivery', payment_method: 'cash', delivery_fee: 1000, delivery_code: '4821',
      delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
      ...overrides,
    };
  }

  const moved = (o: OrderCreated, from: OrderStatusChanged['from'], to: OrderStatusChanged['to'], extra: Partial<OrderStatusChanged> = {}): OrderStatusChanged => ({
    order_id: o.order_id, order_number: o.order_number, restaurant_id: o.restaurant_id, restaurant_owner_id: o.restaurant_owner_id, customer_id: o.customer_id, from, to, ...extra,
  });

  /** An order placed, accepted and made ready: its delivery is offered. */
  async function readyOrder(overrides: Partial<OrderCreated> = {}): Promise<OrderCreated> {
    const o = orderCreated(overrides);
    await open.open(o);
    await offer.follow(moved(o, 'confirmed', 'accepted'));
    await offer.follow(moved(o, 'preparing', 'ready'));
    return o;
  }

  /** Offers go to one driver at a time: the others of the shared schema go offline, so the order is offered to these. */
  async function soleOnline(...actors: Actor[]): Promise<void> {
    await db.dataSource.query(`UPDATE drivers SET online = false WHERE NOT (id = ANY($1))`, [actors.map((a) => a.user_id)]);
  }

  const outbox = async (type: string, orderId: string) =>
    (await db.dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = $1 AND envelope->'payload'->>'order_id' = $2 ORDER BY seq`, [type, orderId])).map(
      (r: { envelope: { payload: Record<string, unknown> } }) => r.envelope.payload,
    );

  it('offers a delivery order only once it is ready, and only to online drivers, without its code', async () => {
    const online = await driver('Eto');
    const offline = await driver('Nji', false);
    const o = orderCreated();
    await open.open(o);
    await offer.follow(moved(o, 'confirmed', 'accepted'));
    expect((await orders.available({ actor: online, data: {} })).map((d) => d.order_id)).not.toContain(o.order_id);

    await offer.follow(moved(o, 'preparing', 'ready'));
    await offer.follow(moved(o, 'preparing', 'ready')); // a redelivery changes nothing
    const listed = (await orders.available({ actor: online, data: {} })).find((d) => d.order_id === o.order_id);
    expect(listed).toMatchObject({ status: 'available', order_number: 'ORD-42', delivery_fee: 1000, delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 } });
    expect(JSON.stringify(listed)).not.toContain('4821');

    expect((await rejection(orders.available({ actor: offline, data: {} }))).code).toBe('DRIVER_OFFLINE');
    expect((await rejection(accept.accept(offline, o.order_id))).code).toBe('DRIVER_OFFLINE');
    expect((await rejection(orders.available({ actor: { user_id: randomUUID(), role: 'customer' }, data: {} }))).code).toBe('FORBIDDEN');
  });

  it('lets exactly one of two racing drivers win an order; the other gets 409', async () => {
    const o = await readyOrder();
    const [a, b] = [await driver('Awa'), await driver('Bello')];
    const results = await Promise.allSettled([accept.accept(a, o.order_id), accept.accept(b, o.order_id)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: 'CONFLICT' });

    const winner = results[0].status === 'fulfilled' ? a : b;
    const [row] = await db.dataSource.query(`SELECT status, driver_id FROM deliveries WHERE order_id = $1`, [o.order_id]);
    expect(row).toEqual({ status: 'assigned', driver_id: winner.user_id });
    const assigned = await outbox('delivery.status-changed', o.order_id);
    expect(assigned).toEqual([expect.objectContaining({ status: 'assigned', driver_id: winner.user_id, driver_name: winner === a ? 'Awa' : 'Bello', restaurant_id: o.restaurant_id })]);
    // The winner asking again is answered again; it is gone from the available list.
    expect((await accept.accept(winner, o.order_id)).status).toBe('assigned');
    expect((await orders.available({ actor: winner, data: {} })).map((d) => d.order_id)).not.toContain(o.order_id);
    expect((await orders.current({ actor: winner, data: {} })).map((d) => d.order_id)).toEqual([o.order_id]);
  });

  it('refuses an order that is not ready yet, and an unknown one', async () => {
    const d = await driver('Ama');
    const o = orderCreated();
    await open.open(o);
    expect((await rejection(accept.accept(d, o.order_id))).code).toBe('INVALID_STATE_TRANSITION');
    expect((await rejection(accept.accept(d, randomUUID()))).code).toBe('NOT_FOUND');
  });

  it('picks up, goes in transit at the first location (throttled live position), delivers with the right code only', async () => {
    const d = await driver('Fon');
    await soleOnline(d);
    const o = await readyOrder();
    const other = await driver('Mbah');
    await accept.accept(d, o.order_id);

    expect((await rejection(pickup.pickup(other, o.order_id))).code).toBe('FORBIDDEN');
    expect((await rejection(confirm.deliver(d, o.order_id, '4821'))).code).toBe('INVALID_STATE_TRANSITION');
    expect((await pickup.pickup(d, o.order_id)).status).toBe('picked_up');
    expect((await rejection(pickup.pickup(d, o.order_id))).code).toBe('INVALID_STATE_TRANSITION');

    const profile = await location.update(d, { lat: 4.06, lng: 9.71, heading: 90, speed: 30 });
    expect(profile).toMatchObject({ location: { lat: 4.06, lng: 9.71, heading: 90, speed: 30 }, active_deliveries: 1 });
    await location.update(d, { lat: 4.055, lng: 9.705 }); // within the interval: kept in the trail, not relayed
    const trail = await db.dataSource.query(`SELECT lat, lng FROM delivery_locations l JOIN deliveries d ON d.id = l.delivery_id WHERE d.order_id = $1 ORDER BY l.id`, [o.order_id]);
    expect(trail).toEqual([{ lat: 4.06, lng: 9.71 }, { lat: 4.055, lng: 9.705 }]);
    expect(live.filter((e) => e.order_id === o.order_id)).toEqual([
      expect.objectContaining({ driver_id: d.user_id, customer_id: o.customer_id, lat: 4.06, lng: 9.71, heading: 90, speed: 30 }),
    ]);

    const wrong = await rejection(confirm.deliver(d, o.order_id, '0000'));
    expect(wrong.code).toBe('INVALID_DELIVERY_CODE');
    expect((await db.dataSource.query(`SELECT status, wrong_code_attempts FROM deliveries WHERE order_id = $1`, [o.order_id]))[0]).toEqual({ status: 'in_transit', wrong_code_attempts: 1 });
    expect((await rejection(confirm.deliver(other, o.order_id, '4821'))).code).toBe('FORBIDDEN');

    const done = await confirm.deliver(d, o.order_id, '4821');
    expect(done).toMatchObject({ status: 'delivered', delivered_at: expect.any(String) });
    const statuses = (await outbox('delivery.status-changed', o.order_id)).map((p: Record<string, unknown>) => p.status);
    expect(statuses).toEqual(['assigned', 'picked_up', 'in_transit', 'delivered']);
    const inTransit = (await outbox('delivery.status-changed', o.order_id))[2];
    expect(inTransit.estimated_delivery_time).toEqual(expect.any(String));
    expect((await orders.current({ actor: d, data: {} })).map((x) => x.order_id)).not.toContain(o.order_id);
    const history = await orders.history({ actor: d, data: {} });
    expect(history.items.map((x) => x.order_id)).toEqual([o.order_id]);
    expect(history.pagination).toMatchObject({ total: 1 });
  });

  it('delivers straight from picked_up through in_transit, and takes no more codes after too many wrong ones', async () => {
    const d = await driver('Tabi');
    await soleOnline(d);
    const o = await readyOrder();
    await accept.accept(d, o.order_id);
    await pickup.pickup(d, o.order_id);
    await confirm.deliver(d, o.order_id, ' 4821 ');
    expect((await outbox('delivery.status-changed', o.order_id)).map((p: Record<string, unknown>) => p.status)).toEqual(['assigned', 'picked_up', 'in_transit', 'delivered']);

    const guarded = await readyOrder();
    await accept.accept(d, guarded.order_id);
    await pickup.pickup(d, guarded.order_id);
    for (let i = 0; i < 3; i++) expect((await rejection(confirm.deliver(d, guarded.order_id, '1111'))).code).toBe('INVALID_DELIVERY_CODE');
    const locked = await rejection(confirm.deliver(d, guarded.order_id, '4821'));
    expect([locked.code, locked.message]).toEqual(['INVALID_DELIVERY_CODE', expect.stringContaining('Too many wrong delivery codes')]);
  });

  it('cancels a delivery with its order, even in a driver\'s hands, but never a delivered one', async () => {
    const d = await driver('Ndi');
    await soleOnline(d);
    const o = await readyOrder();
    await accept.accept(d, o.order_id);
    await cancel.cancelForOrder(o.order_id);
    expect((await db.dataSource.query(`SELECT status FROM deliveries WHERE order_id = $1`, [o.order_id]))[0].status).toBe('cancelled');
    expect((await rejection(pickup.pickup(d, o.order_id))).code).toBe('INVALID_STATE_TRANSITION');

    const delivered = await readyOrder({ delivery_code: null });
    await accept.accept(d, delivered.order_id);
    await pickup.pickup(d, delivered.order_id);
    await confirm.deliver(d, delivered.order_id, undefined); // placed without a code: none asked
    await cancel.cancelForOrder(delivered.order_id);
    expect((await db.dataSource.query(`SELECT status FROM deliveries WHERE order_id = $1`, [delivered.order_id]))[0].status).toBe('delivered');
  });

  it('keeps a ready delivery order it has not seen created and offers it once created; ignores orders without a delivery', async () => {
    const unseen = orderCreated();
    expect(await offer.follow(moved(unseen, 'preparing', 'ready', { delivery_type: 'delivery' }))).toBeNull();
    expect(await open.open(unseen)).toMatchObject({ status: 'available', order_ready_at: expect.any(Date) });
    expect(await db.dataSource.query(`SELECT 1 FROM early_order_news WHERE order_id = $1`, [unseen.order_id])).toEqual([]);
    const pickup = orderCreated({ delivery_type: 'pickup' });
    expect(await offer.follow(moved(pickup, 'preparing', 'ready', { delivery_type: 'pickup' }))).toBeNull();
    expect(await db.dataSource.query(`SELECT 1 FROM early_order_news WHERE order_id = $1`, [pickup.order_id])).toEqual([]);
  });

  it('keeps a suspended driver offline', async () => {
    const d = await driver('Kom', false);
    await db.dataSource.query(`UPDATE drivers SET status = 'suspended' WHERE id = $1`, [d.user_id]);
    expect((await rejection(availability.set(d, true))).code).toBe('DRIVER_NOT_APPROVED');
    expect((await availability.set(d, false)).online).toBe(false);
  });
});
