import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { TelemetryPublisher } from '@platter/messaging';
import { Metrics } from '@platter/observability';
import { TransactionHost } from '@platter/persistence';
import { DeliveryMover } from '../deliveries/delivery-mover';
import { driverMove } from '../deliveries/domain/delivery-rules';
import { DeliveryLocationRepository, TrailPoint } from '../deliveries/delivery-location.repository';
import { DeliveryRepository } from '../deliveries/delivery.repository';
import { DispatchConfig } from '../dispatch.config';
import { DriverRepository } from '../drivers/driver.repository';
import { ActiveDeliveriesCache, ActiveDelivery } from './active-deliveries.cache';
import { RouteTracker } from '../routing/route-tracker';
import { DriverPosition } from './domain/driver-position';
import { TrailingThrottle } from './domain/trailing-throttle';

/** Deliveries moved to in_transit at once (each is one transaction on the pool). */
const TRANSIT_CONCURRENCY = 3;

/** How long a driver not looked up yet waits for others to share one query (live events only). */
const LOOKUP_BATCH_MS = 20;

/**
 * Where every driver position goes (socket telemetry `driver.location-reported`, REST PUT /driver/location):
 * - coalesced per driver in memory (the newest wins) and written every LOCATION_FLUSH_MS in ONE
 *   statement: the latest position of each driver into `drivers` (never over a newer one), and a point
 *   of the trail (`delivery_locations`) for each delivery the driver holds;
 * - `driver.location-updated` per active delivery, published through telemetry (no outbox) at once,
 *   throttled per driver at LOCATION_EVENT_MIN_INTERVAL_MS with a trailing edge (the latest position
 *   always goes out, at most one interval late);
 * - after the flush, the first position after pickup puts the delivery in transit (DeliveryMover), and
 *   the route tracker hears every driver's new position.
 * Drivers' active deliveries come from a short-lived cache (ActiveDeliveriesCache). A failed flush puts
 * its positions back (unless newer ones came) for the next one. Shutdown flushes what is left.
 *
 * Replicas each coalesce and throttle what they receive; with N dispatch replicas sharing the
 * telemetry queue, a driver's live events can reach N per interval (each carries recorded_at).
 */
@Injectable()
export class LocationPipeline implements OnApplicationShutdown {
  private readonly log = new Logger(LocationPipeline.name);
  private pending = new Map<string, DriverPosition>();
  private waiters: Array<{ resolve: () => void; reject: (err: Error) => void; attempts: number }> = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private stopped = false;
  private readonly lookups = new Set<string>();
  private lookupTimer: NodeJS.Timeout | null = null;
  /** Deliveries seen picked up by a flush, waiting to be moved in transit (delivery id → driver id). */
  private readonly transitQueue = new Map<string, string>();
  private transitWorker: Promise<void> | null = null;
  private readonly throttle: TrailingThrottle<DriverPosition>;
  private lastPrune = Date.now();
  private readonly positions: Counter<'outcome'>;
  private readonly liveEvents: Counter<'outcome'>;
  private readonly flushSeconds: Histogram;
  private readonly batchSize: Histogram;

  constructor(
    private readonly tx: TransactionHost,
    private readonly drivers: DriverRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly trails: DeliveryLocationRepository,
    private readonly telemetry: TelemetryPublisher,
    private readonly mover: DeliveryMover,
    private readonly cache: ActiveDeliveriesCache,
    private readonly config: DispatchConfig,
    private readonly routeTracker: RouteTracker,
    metrics: Metrics,
  ) {
    this.throttle = new TrailingThrottle(config.LOCATION_EVENT_MIN_INTERVAL_MS, (driverId, p) => this.publishLive(driverId, p));
    const registers = [metrics.registry];
    this.positions = new Counter({
      name: 'driver_positions_total', help: 'Driver positions taken in (ingested), replaced before a flush (coalesced), older than the one held (stale), written (flushed)',
      labelNames: ['outcome'], registers,
    });
    this.liveEvents = new Counter({
      name: 'driver_location_events_total', help: 'driver.location-updated: published, or dropped by the telemetry publisher',
      labelNames: ['outcome'], registers,
    });
    this.flushSeconds = new Histogram({ name: 'driver_positions_flush_seconds', help: 'Time to write one batch of positions', registers, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
    this.batchSize = new Histogram({ name: 'driver_positions_flush_batch_size', help: 'Drivers per flush', registers, buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000] });
  }

  /**
   * Takes a position in. With `waitForFlush`, resolves once it is in the database (the REST route,
   * so the next read sees it); otherwise returns at once.
   */
  ingest(p: DriverPosition, options: { waitForFlush?: boolean } = {}): Promise<void> {
    const held = this.pending.get(p.driverId);
    if (held && held.recordedAt > p.recordedAt) {
      this.positions.inc({ outcome: 'stale' });
    } else {
      if (held) this.positions.inc({ outcome: 'coalesced' });
      this.pending.set(p.driverId, p);
      this.announce(p);
    }
    this.positions.inc({ outcome: 'ingested' });
    this.ensureTimer();
    if (!options.waitForFlush) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject, attempts: 0 }));
  }

  /** Writes what is pending now, and the in_transit moves it starts (tests, shutdown); waits for a flush already running first. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    this.flushing = this.flushOnce().finally(() => (this.flushing = null));
    await this.flushing;
    await this.transitWorker;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.lookupTimer) clearTimeout(this.lookupTimer);
    try {
      await this.flush();
    } catch (err) {
      this.log.warn(`final flush of driver positions failed: ${(err as Error).message}`);
    }
    await this.transitWorker;
    this.throttle.flushAll();
    this.throttle.stop();
  }

  /** Held positions (for tests and the health of the pipeline). */
  get backlog(): number {
    return this.pending.size;
  }

  private ensureTimer(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => {
      // One flush at a time: a slow one lets positions pile up (coalesced), not flushes.
      if (this.flushing) return;
      this.flushing = this.flushOnce()
        .catch((err: unknown) => this.log.warn(`flushing driver positions failed: ${(err as Error).message}`))
        .finally(() => (this.flushing = null));
    }, this.config.LOCATION_FLUSH_MS);
    this.timer.unref();
  }

  private async flushOnce(): Promise<void> {
    const batch = this.pending;
    const waiters = this.waiters;
    this.waiters = [];
    if (!batch.size) {
      for (const w of waiters) w.resolve();
      return;
    }
    this.pending = new Map();
    const started = performance.now();
    let active: Map<string, ActiveDelivery[]>;
    try {
      active = await this.cache.resolve(batch.keys());
      await this.write(batch, active);
    } catch (err) {
      this.restore(batch, waiters, err as Error);
      throw err;
    }
    this.flushSeconds.observe((performance.now() - started) / 1000);
    this.batchSize.observe(batch.size);
    this.positions.inc({ outcome: 'flushed' }, batch.size);
    for (const w of waiters) w.resolve();

    this.queueTransit(batch, active);
    this.tellRouteTracker(batch);
    this.prune();
  }

  /**
   * Two statements, each its own transaction (outside any the caller's async context may carry): the
   * latest position per driver (never over a newer one, drivers locked in id order so two replicas'
   * batches cannot deadlock), then the trail of their deliveries. Kept apart so no driver row stays
   * locked while the trail's foreign keys wait for a delivery another transaction holds.
   */
  private async write(batch: Map<string, DriverPosition>, active: Map<string, ActiveDelivery[]>): Promise<void> {
    const positions = [...batch.values()].sort((a, b) => (a.driverId < b.driverId ? -1 : 1));
    await this.tx.outside(() => this.drivers.recordLatestPositions(positions));
    const trail: TrailPoint[] = [];
    for (const p of positions) {
      for (const d of active.get(p.driverId) ?? []) {
        trail.push({ deliveryId: d.id, driverId: p.driverId, lat: p.lat, lng: p.lng, heading: p.heading, speed: p.speed, recordedAt: p.recordedAt });
      }
    }
    if (!trail.length) return;
    await this.tx.outside(() => this.trails.append(trail));
  }

  /** A failed flush: its positions go back unless newer ones came meanwhile; REST callers wait for the next (three tries). */
  private restore(batch: Map<string, DriverPosition>, waiters: typeof this.waiters, err: Error): void {
    for (const [id, p] of batch) {
      const newer = this.pending.get(id);
      if (!newer || newer.recordedAt < p.recordedAt) this.pending.set(id, p);
    }
    for (const w of waiters) {
      if (++w.attempts >= 3) w.reject(err);
      else this.waiters.push(w);
    }
  }

  /**
   * The first position after pickup: the delivery is on its way (the mover announces it). Done off the
   * flush loop, a few at a time, so a burst of pickups never holds back the positions.
   */
  private queueTransit(batch: Map<string, DriverPosition>, active: Map<string, ActiveDelivery[]>): void {
    for (const driverId of batch.keys()) {
      for (const d of active.get(driverId) ?? []) if (d.status === 'picked_up') this.transitQueue.set(d.id, driverId);
    }
    if (this.transitQueue.size && !this.transitWorker) {
      this.transitWorker = Promise.all(Array.from({ length: TRANSIT_CONCURRENCY }, () => this.drainTransit())).then(() => {
        this.transitWorker = null;
      });
    }
  }

  private async drainTransit(): Promise<void> {
    for (;;) {
      const next = this.transitQueue.entries().next();
      if (next.done) return;
      const [deliveryId, driverId] = next.value;
      this.transitQueue.delete(deliveryId);
      try {
        await this.tx.run(async () => {
          const delivery = await this.deliveries.lockById(deliveryId);
          if (!delivery || delivery.driver_id !== driverId) return;
          const steps = driverMove(delivery.status, 'locate');
          if (!steps?.length) return;
          const driver = await this.drivers.byId(driverId);
          await this.mover.move(delivery, steps, driver);
        });
      } catch (err) {
        // The next position tries again.
        this.log.warn(`could not move delivery ${deliveryId} to in_transit: ${(err as Error).message}`);
      }
    }
  }

  /** ETAs that follow the driver (delivery.route-updated): the tracker is in memory and throttles itself. */
  private tellRouteTracker(batch: Map<string, DriverPosition>): void {
    for (const [driverId, p] of batch) {
      this.routeTracker
        .onDriverPosition(driverId, { lat: p.lat, lng: p.lng })
        .catch((err: unknown) => this.log.warn(`route tracker failed for driver ${driverId}: ${(err as Error).message}`));
    }
  }

  /** Live: to the throttle when the driver's deliveries are known (even a little stale), else after one shared lookup. */
  private announce(p: DriverPosition): void {
    const known = this.cache.peek(p.driverId, Date.now(), true);
    if (known) {
      if (known.length) this.throttle.offer(p.driverId, p);
      return;
    }
    this.lookups.add(p.driverId);
    this.lookupTimer ??= setTimeout(() => void this.lookUp(), LOOKUP_BATCH_MS);
  }

  private async lookUp(): Promise<void> {
    this.lookupTimer = null;
    const ids = [...this.lookups];
    this.lookups.clear();
    try {
      const active = await this.cache.resolve(ids);
      for (const id of ids) {
        const latest = this.pending.get(id);
        if (latest && active.get(id)?.length) this.throttle.offer(id, latest);
      }
    } catch (err) {
      this.log.warn(`could not read drivers' active deliveries: ${(err as Error).message}`);
    }
  }

  /** One driver.location-updated per delivery the driver holds now. */
  private publishLive(driverId: string, p: DriverPosition): void {
    const deliveries = this.cache.peek(driverId, Date.now(), true) ?? [];
    for (const d of deliveries) {
      const ok = this.telemetry.publish('driver.location-updated', {
        driver_id: driverId,
        delivery_id: d.id,
        order_id: d.order_id,
        customer_id: d.customer_id,
        lat: p.lat,
        lng: p.lng,
        heading: p.heading,
        speed: p.speed,
        recorded_at: p.recordedAt.toISOString(),
      });
      this.liveEvents.inc({ outcome: ok ? 'published' : 'dropped' });
    }
  }

  private prune(): void {
    const now = Date.now();
    if (now - this.lastPrune < 30_000) return;
    this.lastPrune = now;
    this.cache.prune(now);
    this.throttle.prune(Math.max(60_000, 10 * this.config.LOCATION_EVENT_MIN_INTERVAL_MS));
  }
}
