// The location pipeline against real PostgreSQL: positions coalesced per driver and written in one
// batched UPDATE per flush (never over a newer one), the trail of active deliveries in one INSERT,
// live events per delivery throttled with a trailing edge, the first position after pickup putting
// the delivery in transit, this replica's own moves seen at once, a final flush on shutdown.
import { randomUUID } from 'node:crypto';
import { Actor, DriverLocationUpdated } from '@platter/contracts';
import { TelemetryPublisher } from '@platter/messaging';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { DeliveryMover } from '../deliveries/delivery-mover';
import { Delivery } from '../deliveries/delivery.entity';
import { DispatchConfig } from '../dispatch.config';
import { dispatchEntities } from '../dispatch.module';
import { UpdateLocationService } from '../drivers/commands/update-location/update-location.service';
import { Driver } from '../drivers/driver.entity';
import { DriversModule } from '../drivers/drivers.module';
import { dispatchMigrations } from '../migrations';
import { RouteTracker } from '../routing/route-tracker';
import { dispatchServices } from '../testing/dispatch-services';
import { ActiveDeliveriesCache } from './active-deliveries.cache';
import { DriverPosition } from './domain/driver-position';
import { LocationPipeline } from './location-pipeline';
import { LocationsModule } from './locations.module';

jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('LocationPipeline (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  const running: FeatureTestingModule[] = [];

  beforeAll(async () => {
    db = await createThrowawaySchema('dispatch', { entities: dispatchEntities, migrations: dispatchMigrations });
  });

  // Closing a module runs its pipeline's shutdown (the final flush).
  afterEach(async () => {
    for (const bed of running.splice(0)) await bed.close();
  });

  afterAll(async () => {
    await db?.drop();
  });

  /**
   * A pipeline as Nest wires it (LocationsModule, or with `imports` the features around it, their
   * lifecycle hooks run), with a telemetry publisher that records what it is given.
   */
  async function build(overrides: Partial<DispatchConfig> = {}, imports: Array<typeof LocationsModule | typeof DriversModule> = [LocationsModule]) {
    const config = Object.assign(new DispatchConfig(), { LOCATION_FLUSH_MS: 60_000, LOCATION_EVENT_MIN_INTERVAL_MS: 400, LOCATION_ACTIVE_DELIVERIES_TTL_MS: 60_000 }, overrides);
    const live: DriverLocationUpdated[] = [];
    const telemetry = { publish: (_type: string, payload: DriverLocationUpdated) => live.push(payload) > 0 } as unknown as TelemetryPublisher;
    const bed = await dispatchServices(db, config, [{ provide: TelemetryPublisher, useValue: telemetry }], { imports, init: true });
    running.push(bed);
    const heard: DriverPosition[] = [];
    jest.spyOn(bed.get(RouteTracker), 'onDriverPosition').mockImplementation(async (driverId, p) => {
      heard.push({ ...(p as DriverPosition), driverId });
    });
    return { bed, pipeline: bed.get(LocationPipeline), live, heard, mover: bed.get(DeliveryMover), cache: bed.get(ActiveDeliveriesCache), config };
  }

  async function driver(name = 'Eto'): Promise<string> {
    const id = randomUUID();
    await db.dataSource.query(`INSERT INTO drivers (id, name, status, online, vehicle_type) VALUES ($1, $2, 'approved', true, 'motorbike')`, [id, name]);
    return id;
  }

  async function delivery(driverId: string | null, status: 'available' | 'assigned' | 'picked_up' | 'in_transit' = 'assigned'): Promise<{ id: string; order_id: string; customer_id: string }> {
    const row = { id: randomUUID(), order_id: randomUUID(), customer_id: randomUUID() };
    await db.dataSource.query(
      `INSERT INTO deliveries (id, order_id, restaurant_id, customer_id, status, driver_id, dest_lat, dest_lng, available_at, assigned_at, picked_up_at, order_ready_at)
       VALUES ($1, $2, $3, $4, $5, $6, 4.05, 9.7, now(), CASE WHEN $6::uuid IS NULL THEN NULL ELSE now() END, CASE WHEN $5 IN ('picked_up', 'in_transit') THEN now() END, now())`,
      [row.id, row.order_id, randomUUID(), row.customer_id, status, driverId],
    );
    return row;
  }

  let clock = Date.now() - 3_600_000;
  const at = (driverId: string, lat: number, lng = 9.7, extra: Partial<DriverPosition> = {}): DriverPosition => ({
    driverId, lat, lng, heading: 90, speed: 30, accuracy: 5, recordedAt: new Date((clock += 10)), ...extra,
  });

  const position = async (driverId: string) =>
    (await db.dataSource.query(`SELECT last_lat, last_lng, last_heading, last_speed, last_located_at FROM drivers WHERE id = $1`, [driverId]))[0];

  it("writes each driver's latest position in one batched UPDATE per flush, never over a newer one", async () => {
    const { pipeline } = await build();
    const drivers = await Promise.all(Array.from({ length: 300 }, () => driver()));
    const older = new Map<string, DriverPosition>();
    for (const id of drivers) {
      const first = at(id, 4.01);
      older.set(id, first);
      void pipeline.ingest(first);
      void pipeline.ingest(at(id, 4.02));
      void pipeline.ingest(at(id, 4.03));
      void pipeline.ingest({ ...first, lat: 4.0 }); // arrives late: older than the one held
    }
    expect(pipeline.backlog).toBe(300);
    const query = jest.spyOn(db.dataSource, 'query');
    await pipeline.flush();
    const statements = query.mock.calls.map(([sql]) => String(sql).trim().split(/\s+/)[0]);
    query.mockRestore();
    // One read of the drivers' deliveries, one UPDATE, no trail (nobody holds a delivery).
    expect(statements).toEqual(['SELECT', 'WITH']);
    const rows = await db.dataSource.query(`SELECT last_lat FROM drivers WHERE id = ANY($1::uuid[])`, [drivers]);
    expect(rows.map((r: { last_lat: number }) => r.last_lat)).toEqual(drivers.map(() => 4.03));

    // A position older than the stored one (another replica wrote a newer one) does not overwrite it.
    void pipeline.ingest({ ...older.get(drivers[0])!, lat: 3.9 });
    await pipeline.flush();
    expect((await position(drivers[0])).last_lat).toBe(4.03);
    expect(pipeline.backlog).toBe(0);
  });

  it('appends the trail of active deliveries only, one point per delivery per flush, in one INSERT', async () => {
    const { pipeline } = await build();
    const busy = await driver();
    const idle = await driver();
    const [d1, d2] = [await delivery(busy), await delivery(busy, 'in_transit')];
    await delivery(idle, 'available').then((d) => db.dataSource.query(`UPDATE deliveries SET driver_id = NULL WHERE id = $1`, [d.id]));

    void pipeline.ingest(at(busy, 4.1));
    void pipeline.ingest(at(busy, 4.2));
    void pipeline.ingest(at(idle, 4.3));
    await pipeline.flush();
    void pipeline.ingest(at(busy, 4.4));
    await pipeline.flush();

    const trail = await db.dataSource.query(
      `SELECT delivery_id, driver_id, lat FROM delivery_locations WHERE driver_id = ANY($1::uuid[]) ORDER BY id`,
      [[busy, idle]],
    );
    expect(trail).toEqual([
      { delivery_id: d1.id, driver_id: busy, lat: 4.2 },
      { delivery_id: d2.id, driver_id: busy, lat: 4.2 },
      { delivery_id: d1.id, driver_id: busy, lat: 4.4 },
      { delivery_id: d2.id, driver_id: busy, lat: 4.4 },
    ].sort((a, b) => (a.lat - b.lat) || 0));
  });

  it('publishes driver.location-updated per active delivery at once, then (throttled) the latest position within one interval', async () => {
    const { pipeline, live } = await build({ LOCATION_EVENT_MIN_INTERVAL_MS: 400 });
    const busy = await driver();
    const idle = await driver();
    const [d1, d2] = [await delivery(busy), await delivery(busy, 'in_transit')];

    void pipeline.ingest(at(busy, 4.1));
    void pipeline.ingest(at(idle, 4.1));
    await until('the first live events', () => live.length === 2);
    expect(live).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ driver_id: busy, delivery_id: d1.id, order_id: d1.order_id, customer_id: d1.customer_id, lat: 4.1, heading: 90, speed: 30 }),
        expect.objectContaining({ driver_id: busy, delivery_id: d2.id, order_id: d2.order_id, customer_id: d2.customer_id, lat: 4.1 }),
      ]),
    );
    const firstAt = Date.now();
    void pipeline.ingest(at(busy, 4.2));
    void pipeline.ingest(at(busy, 4.3));
    await sleep(100);
    expect(live).toHaveLength(2); // held for the trailing edge (half an interval of credit was banked)
    await until('the trailing edge', () => live.length === 4, 2000);
    expect(Date.now() - firstAt).toBeGreaterThanOrEqual(150);
    expect(Date.now() - firstAt).toBeLessThan(400 + 200);
    expect(live.slice(2).map((e) => e.lat)).toEqual([4.3, 4.3]);
    expect(live.some((e) => e.lat === 4.2)).toBe(false);
    await sleep(500);
    expect(live).toHaveLength(4);
    expect(live.every((e) => e.driver_id === busy)).toBe(true);
  });

  it('puts a picked-up delivery in transit at the first position after pickup, announced through the outbox; the route tracker hears it', async () => {
    const { pipeline, heard } = await build();
    const d = await driver('Fon');
    const picked = await delivery(d, 'picked_up');
    void pipeline.ingest(at(d, 4.06, 9.71));
    await pipeline.flush();

    const [row] = await db.dataSource.query(`SELECT status, in_transit_at FROM deliveries WHERE id = $1`, [picked.id]);
    expect(row).toEqual({ status: 'in_transit', in_transit_at: expect.any(Date) });
    const announced = await db.dataSource.query(
      `SELECT envelope->'payload' AS p FROM outbox WHERE routing_key = 'delivery.status-changed' AND envelope->'payload'->>'delivery_id' = $1`,
      [picked.id],
    );
    expect(announced.map((r: { p: Record<string, unknown> }) => r.p)).toEqual([
      expect.objectContaining({ status: 'in_transit', driver_id: d, driver_name: 'Fon', estimated_delivery_time: expect.any(String) }),
    ]);
    expect(heard).toEqual([expect.objectContaining({ driverId: d, lat: 4.06, lng: 9.71 })]);

    // Later positions leave it in transit.
    void pipeline.ingest(at(d, 4.07));
    await pipeline.flush();
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE envelope->'payload'->>'delivery_id' = $1 AND routing_key = 'delivery.status-changed'`, [picked.id]))[0].n).toBe(1);
  });

  it("sees this replica's own delivery moves at once, not after the cache's TTL", async () => {
    const { pipeline, live, mover } = await build({ LOCATION_ACTIVE_DELIVERIES_TTL_MS: 60_000, LOCATION_EVENT_MIN_INTERVAL_MS: 0 });
    const d = await driver();
    void pipeline.ingest(at(d, 4.1));
    await pipeline.flush(); // cached: holds nothing
    expect(live).toHaveLength(0);

    const offered = await delivery(null, 'available');
    await db.tx.run(async () => {
      const row = await db.tx.repository(Delivery).findOneOrFail({ where: { id: offered.id }, lock: { mode: 'pessimistic_write' } });
      const who = await db.tx.repository(Driver).findOneOrFail({ where: { id: d } });
      await mover.move(row, ['assigned'], who);
    });
    void pipeline.ingest(at(d, 4.2));
    await until('a live event for the new delivery', () => live.some((e) => e.delivery_id === offered.id && e.lat === 4.2), 1000);
  });

  it('flushes what it holds on shutdown and sends the held live position', async () => {
    const { pipeline, live } = await build({ LOCATION_EVENT_MIN_INTERVAL_MS: 10_000 });
    const d = await driver();
    await delivery(d);
    void pipeline.ingest(at(d, 4.1));
    await until('the first live event', () => live.length === 1);
    void pipeline.ingest(at(d, 4.5));
    await pipeline.onApplicationShutdown();
    expect((await position(d)).last_lat).toBe(4.5);
    expect(live.map((e) => e.lat)).toEqual([4.1, 4.5]);
  });

  it('serves PUT /driver/location through the pipeline: the answer (and the next read) shows the position', async () => {
    const { bed } = await build({ LOCATION_FLUSH_MS: 100 }, [DriversModule]);
    const d = await driver();
    await delivery(d);
    const service = bed.get(UpdateLocationService);
    const actor: Actor = { user_id: d, role: 'driver' };
    const view = await service.update(actor, { lat: 4.045, lng: 9.695, heading: 45, speed: 28 });
    expect(view).toMatchObject({ id: d, location: { lat: 4.045, lng: 9.695, heading: 45, speed: 28 }, active_deliveries: 1 });
    expect((await position(d)).last_lat).toBe(4.045);
    await expect(service.update({ user_id: randomUUID(), role: 'driver' }, { lat: 4, lng: 9 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('takes in positions far faster than 1,000 a second and writes 1,000 drivers in one flush', async () => {
    const { pipeline } = await build();
    const drivers = await Promise.all(Array.from({ length: 1000 }, () => driver()));
    await Promise.all(drivers.slice(0, 200).map((id) => delivery(id, 'in_transit')));
    const started = performance.now();
    for (let round = 0; round < 20; round++) for (const id of drivers) void pipeline.ingest(at(id, 4 + round / 100));
    const ingestMs = performance.now() - started;
    const flushStarted = performance.now();
    await pipeline.flush();
    const flushMs = performance.now() - flushStarted;
    process.stdout.write(`ingest: 20000 positions in ${ingestMs.toFixed(0)} ms; flush of 1000 drivers (200 with a delivery): ${flushMs.toFixed(0)} ms\n`);
    expect(ingestMs).toBeLessThan(2000);
    expect(flushMs).toBeLessThan(2000);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM drivers WHERE id = ANY($1::uuid[]) AND last_lat = 4.19`, [drivers]);
    expect(n).toBe(1000);
  });
});
