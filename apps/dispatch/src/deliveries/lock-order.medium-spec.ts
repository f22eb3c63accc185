// Dispatch's row locks in one order (docs/dispatch.md): a driver accepting while another move holds
// the delivery and offers it to that same driver must not deadlock. Made deterministic on the real
// PostgreSQL: the offering transaction is paused (after it locked the delivery, before it writes the
// offer) until the accept is seen waiting on a lock, then let go.
import { randomUUID } from 'node:crypto';
import { Actor, OrderCreated, OrderStatusChanged } from '@platter/contracts';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { OfferEngine } from '../assignment/offer-engine';
import { RestaurantSitesService } from '../assignment/restaurant-sites/restaurant-sites.service';
import { DispatchConfig } from '../dispatch.config';
import { dispatchEntities } from '../dispatch.module';
import { DriverRepository } from '../drivers/driver.repository';
import { dispatchMigrations } from '../migrations';
import { dispatchServices } from '../testing/dispatch-services';
import { AcceptDeliveryService } from './commands/accept-delivery/accept-delivery.service';
import { OfferDeliveryService } from './commands/offer-delivery/offer-delivery.service';
import { OpenDeliveryService } from './commands/open-delivery/open-delivery.service';

describe('dispatch lock order (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  const config = Object.assign(new DispatchConfig(), { OFFER_TIMEOUT_SECONDS: 30, OFFER_SWEEP_INTERVAL_MS: 0, MAX_ACTIVE_DELIVERIES: 2 });

  beforeAll(async () => {
    db = await createThrowawaySchema('dispatch', { entities: dispatchEntities, migrations: dispatchMigrations });
    bed = await dispatchServices(db, config);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await bed?.close();
    await db?.drop();
  });

  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

  async function driver(online: boolean): Promise<Actor> {
    const id = randomUUID();
    await q(
      `INSERT INTO drivers (id, status, name, online, vehicle_type, last_lat, last_lng, last_located_at) VALUES ($1, 'approved', 'D', $2, 'motorbike', 4.051, 9.7, now())`,
      [id, online],
    );
    return { user_id: id, role: 'driver' };
  }

  /** A delivery order, ready, waiting in the pool (nobody was online when it became ready). */
  async function readyInPool(): Promise<OrderCreated> {
    const r = { restaurant_id: randomUUID(), owner_id: randomUUID() };
    await bed.get(RestaurantSitesService).approved({ ...r, name: 'Chez Mama', currency: 'XAF', latitude: 4.05, longitude: 9.7 });
    const o: OrderCreated = {
      order_id: randomUUID(), order_number: 'ORD-9', restaurant_id: r.restaurant_id, restaurant_owner_id: r.owner_id, customer_id: randomUUID(),
      status: 'confirmed', items: [{ menu_item_id: randomUUID(), name: 'Ndolé', quantity: 1, unit_price: 3500 }], subtotal: 3500, total_amount: 4500,
      currency: 'XAF', delivery_type: 'delivery', payment_method: 'cash', delivery_fee: 1000, delivery_code: '4821',
      delivery_address: { address: 'Akwa, Douala', latitude: 4.03, longitude: 9.72 },
    };
    await bed.get(OpenDeliveryService).open(o);
    await q(`UPDATE drivers SET online = false`);
    const change: OrderStatusChanged = {
      order_id: o.order_id, order_number: o.order_number, restaurant_id: o.restaurant_id, restaurant_owner_id: o.restaurant_owner_id, customer_id: o.customer_id,
      from: 'preparing', to: 'ready', changed_at: new Date().toISOString(), delivery_type: 'delivery',
    };
    await bed.get(OfferDeliveryService).follow(change);
    return o;
  }

  /** Resolves once some other session of this database waits on a row lock. */
  async function someoneWaitsOnALock(): Promise<void> {
    for (;;) {
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`);
      if (n > 0) return;
      await new Promise((r) => setImmediate(r));
    }
  }

  /**
   * Runs `offering` (which locks the delivery, then reads the candidates) and `competing` side by
   * side: `offering` is held after its candidates are read until `competing` waits on a lock.
   */
  async function interleaved<A, B>(offering: () => Promise<A>, competing: () => Promise<B>) {
    const real = DriverRepository.prototype.offerCandidates;
    // `competing` is chained here, outside `offering`'s transaction context, so it runs in its own
    // transaction (started from inside, it would join the paused one).
    let go!: () => void;
    const started = new Promise<void>((resolve) => (go = resolve)).then(competing);
    started.catch(() => undefined);
    let paused = false;
    const spy = jest.spyOn(DriverRepository.prototype, 'offerCandidates').mockImplementation(async function (this: DriverRepository) {
      const rows = await real.call(this);
      if (!paused) {
        paused = true;
        go();
        await someoneWaitsOnALock();
      }
      return rows;
    });
    // Each side is one transaction: a deadlock PostgreSQL broke shows as a transaction run again
    // (TransactionHost retries it) or as a failure, so both are counted.
    const transactions = jest.spyOn(db.dataSource, 'transaction');
    try {
      const first = await Promise.allSettled([offering()]);
      const second = await Promise.allSettled([started]);
      return { results: [first[0], second[0]] as const, transactions: transactions.mock.calls.length };
    } finally {
      spy.mockRestore();
      transactions.mockRestore();
    }
  }

  const reasonOf = (r: PromiseSettledResult<unknown>) => (r.status === 'rejected' ? String((r.reason as Error).message) : 'ok');

  it('a driver accepting while the sweeper offers them that same delivery: both go through, no deadlock', async () => {
    const o = await readyInPool();
    const x = await driver(false);
    await q(`UPDATE drivers SET online = true WHERE id = $1`, [x.user_id]);
    // The sweeper locks the waiting delivery and offers it to X; X accepts it from the pool meanwhile.
    const { results: [swept, accepted], transactions } = await interleaved(
      () => bed.get(OfferEngine).offerWaiting({ force: true }),
      () => bed.get(AcceptDeliveryService).accept(x, o.order_id),
    );
    expect([reasonOf(swept), reasonOf(accepted)]).toEqual(['ok', 'ok']);
    expect(transactions).toBe(2);
    expect(accepted.status === 'fulfilled' && accepted.value.status).toBe('assigned');
    const [delivery] = await q(`SELECT status, driver_id FROM deliveries WHERE order_id = $1`, [o.order_id]);
    expect(delivery).toEqual({ status: 'assigned', driver_id: x.user_id });
  });

  it('a driver accepting a ready delivery while its order.status-changed (ready) offers it to them: both go through, no deadlock', async () => {
    const x = await driver(true);
    const o = await readyInPool();
    // X comes online and accepts the pool delivery while a redelivered ready event offers it to X.
    await q(`UPDATE drivers SET online = true WHERE id = $1`, [x.user_id]);
    const change: OrderStatusChanged = {
      order_id: o.order_id, order_number: o.order_number, restaurant_id: o.restaurant_id, restaurant_owner_id: o.restaurant_owner_id, customer_id: o.customer_id,
      from: 'preparing', to: 'ready', changed_at: new Date().toISOString(), delivery_type: 'delivery',
    };
    const { results: [followed, accepted], transactions } = await interleaved(
      () => bed.get(OfferDeliveryService).follow(change),
      () => bed.get(AcceptDeliveryService).accept(x, o.order_id),
    );
    expect([reasonOf(followed), reasonOf(accepted)]).toEqual(['ok', 'ok']);
    expect(transactions).toBe(2);
    const [delivery] = await q(`SELECT status, driver_id FROM deliveries WHERE order_id = $1`, [o.order_id]);
    expect(delivery).toEqual({ status: 'assigned', driver_id: x.user_id });
  });
});
