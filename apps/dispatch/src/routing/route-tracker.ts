import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { GeoPoint } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DispatchConfig } from '../dispatch.config';
import { ACTIVE_DELIVERY_STATUSES } from '../deliveries/domain/delivery-rules';
import { DeliveryRepository } from '../deliveries/delivery.repository';
import { Delivery } from '../deliveries/delivery.entity';
import { Driver } from '../drivers/driver.entity';
import { DriverRepository } from '../drivers/driver.repository';
import { DeliveryRoutes } from './delivery-routes';
import { legOf } from './domain/route-plan';

/** How long a driver's list of held deliveries is trusted before it is read again (other replicas assign too). */
const HELD_TTL_MS = 15_000;

interface Tracked {
  /** The delivery as last read (its ends, status and times): enough to compute its route in memory. */
  delivery: Delivery;
  leg: string | null;
  /** The leg's ETA last announced, ms since epoch (null: none yet). */
  etaMs: number | null;
}

interface DriverState {
  loadedAt: number;
  driver: Driver | null;
  tracked: Tracked[];
  /** A position being worked on; the latest one that came meanwhile waits in `next` (trailing edge). */
  busy: boolean;
  next: GeoPoint | null;
}

/**
 * ETAs that follow the driver. The location pipeline calls onDriverPosition for every position;
 * it costs a map lookup for drivers holding nothing (their empty list is cached too) and a few
 * multiplications for the others. Only when a delivery's leg ETA moved by more than
 * ROUTE_ETA_CHANGE_SECONDS is anything written: the route, the customer's ETA and
 * delivery.route-updated, through the outbox. One evaluation per driver at a time; positions that
 * arrive meanwhile collapse into the latest.
 */
@Injectable()
export class RouteTracker implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(RouteTracker.name);
  private readonly drivers = new Map<string, DriverState>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly driverRows: DriverRepository,
    private readonly routes: DeliveryRoutes,
    private readonly config: DispatchConfig,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.sweepIdle(), 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Never throws; resolves once this position (or a later one) was evaluated. */
  async onDriverPosition(driverId: string, position: GeoPoint): Promise<void> {
    let state = this.drivers.get(driverId);
    if (!state) {
      state = { loadedAt: 0, driver: null, tracked: [], busy: false, next: null };
      this.drivers.set(driverId, state);
    }
    if (state.busy) {
      state.next = position;
      return;
    }
    state.busy = true;
    try {
      let current: GeoPoint | null = position;
      while (current) {
        state.next = null;
        await this.evaluate(driverId, state, current);
        current = state.next;
      }
    } catch (err) {
      this.log.warn(`route tracking for driver ${driverId} failed: ${(err as Error).message}`);
    } finally {
      state.busy = false;
    }
  }

  /** The driver's deliveries changed here (assigned, picked up, given back): read them again next time. */
  forget(driverId: string): void {
    const state = this.drivers.get(driverId);
    if (state) state.loadedAt = 0;
  }

  private async evaluate(driverId: string, state: DriverState, position: GeoPoint): Promise<void> {
    const now = Date.now();
    if (now - state.loadedAt > HELD_TTL_MS) {
      const held = await this.deliveries.allHeldBy(driverId);
      state.driver = held.length ? await this.driverRows.byId(driverId) : null;
      const previous = new Map(state.tracked.map((t) => [t.delivery.id, t]));
      state.tracked = held.map((d) => {
        const leg = legOf(d.status);
        const before = previous.get(d.id);
        return { delivery: d, leg, etaMs: before && before.leg === leg ? before.etaMs : (d.route_eta_at?.getTime() ?? null) };
      });
      state.loadedAt = now;
    }
    if (!state.tracked.length || !state.driver) return;
    const thresholdMs = this.config.ROUTE_ETA_CHANGE_SECONDS * 1000;
    for (const t of state.tracked) {
      // In memory first: most positions change nothing worth telling.
      const estimate = await this.routes.compute(t.delivery, state.driver, position, new Date());
      if (!estimate) continue;
      if (t.etaMs !== null && t.leg === estimate.leg && Math.abs(estimate.eta.getTime() - t.etaMs) <= thresholdMs) continue;
      await this.tx.run(async () => {
        const delivery = await this.deliveries.lockIfFree(t.delivery.id);
        // Taken away, finished, or being moved right now: read again next time.
        if (!delivery || delivery.driver_id !== driverId || !ACTIVE_DELIVERY_STATUSES.includes(delivery.status)) {
          state.loadedAt = 0;
          return;
        }
        const planned = await this.routes.compute(delivery, state.driver!, position, new Date());
        if (!planned) return;
        await this.routes.record(delivery, driverId, planned);
        t.delivery = delivery;
        t.leg = planned.leg;
        t.etaMs = planned.eta.getTime();
      });
    }
  }

  /** Drops drivers that hold nothing (memory stays bounded by the drivers with deliveries). */
  sweepIdle(): void {
    for (const [id, state] of this.drivers) if (!state.busy && !state.tracked.length && Date.now() - state.loadedAt > HELD_TTL_MS) this.drivers.delete(id);
  }
}
