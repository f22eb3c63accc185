import { Injectable } from '@nestjs/common';
import { DeliveryStatus } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DeliveryMoves } from '../deliveries/delivery-moves';
import { DeliveryRepository, HeldDeliveryRow } from '../deliveries/delivery.repository';
import { DispatchConfig } from '../dispatch.config';

/** What the location pipeline needs of a delivery a driver holds. */
export interface ActiveDelivery {
  id: string;
  order_id: string;
  customer_id: string | null;
  status: DeliveryStatus;
}

interface Entry {
  at: number;
  deliveries: ActiveDelivery[];
}

/**
 * Each driver's active deliveries (assigned, picked up, in transit), cached for
 * LOCATION_ACTIVE_DELIVERIES_TTL_MS: positions arrive every second per driver, deliveries change a
 * few times an hour. Misses are read in one query per batch. This replica's own delivery moves clear
 * a driver's entry (DeliveryMoves); another replica's show after the TTL at worst.
 */
@Injectable()
export class ActiveDeliveriesCache {
  private readonly entries = new Map<string, Entry>();
  /** A driver cleared while a read was in flight: that read's (older) answer must not be kept. */
  private readonly generation = new Map<string, number>();
  private readonly ttlMs: number;

  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    moves: DeliveryMoves,
    config: DispatchConfig,
  ) {
    this.ttlMs = config.LOCATION_ACTIVE_DELIVERIES_TTL_MS;
    moves.subscribe((driverId) => this.forget(driverId));
  }

  /** Reads in flight (prune keeps the generations they compare against). */
  private reading = 0;
  /** The read in flight for each driver, which another resolve of that driver joins. */
  private readonly inFlight = new Map<string, Promise<Map<string, ActiveDelivery[]>>>();

  /** The cached answer when still fresh (or, with `allowStale`, as long as it is cached at all), else undefined. */
  peek(driverId: string, now = Date.now(), allowStale = false): ActiveDelivery[] | undefined {
    const e = this.entries.get(driverId);
    return e && (allowStale || now - e.at < this.ttlMs) ? e.deliveries : undefined;
  }

  /**
   * Every given driver's active deliveries: the fresh cached ones, those a read already in flight
   * is fetching from that read (a live lookup and a flush asking at once make one query, not two),
   * the rest in one query.
   */
  async resolve(driverIds: Iterable<string>): Promise<Map<string, ActiveDelivery[]>> {
    const now = Date.now();
    const out = new Map<string, ActiveDelivery[]>();
    const missing: string[] = [];
    const joined = new Map<Promise<Map<string, ActiveDelivery[]>>, string[]>();
    for (const id of driverIds) {
      const hit = this.peek(id, now);
      if (hit) {
        out.set(id, hit);
        continue;
      }
      const pending = this.inFlight.get(id);
      if (pending) joined.set(pending, [...(joined.get(pending) ?? []), id]);
      else missing.push(id);
    }
    if (missing.length) {
      const read = this.read(missing);
      for (const id of missing) this.inFlight.set(id, read);
      try {
        const got = await read;
        for (const id of missing) out.set(id, got.get(id)!);
      } finally {
        for (const id of missing) if (this.inFlight.get(id) === read) this.inFlight.delete(id);
      }
    }
    for (const [read, ids] of joined) {
      const got = await read;
      for (const id of ids) out.set(id, got.get(id) ?? []);
    }
    return out;
  }

  /** One query for these drivers; each answer is cached unless the driver was forgotten meanwhile. */
  private async read(driverIds: string[]): Promise<Map<string, ActiveDelivery[]>> {
    const gens = new Map(driverIds.map((id) => [id, this.generation.get(id) ?? 0]));
    let rows: HeldDeliveryRow[];
    this.reading++;
    try {
      // On the pool, outside any transaction the caller is in: the cache holds committed state only.
      rows = await this.tx.outside(() => this.deliveries.heldByDrivers(driverIds));
    } finally {
      this.reading--;
    }
    const out = new Map<string, ActiveDelivery[]>(driverIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.driver_id)!.push({ id: r.id, order_id: r.order_id, customer_id: r.customer_id, status: r.status });
    const at = Date.now();
    for (const id of driverIds) {
      if ((this.generation.get(id) ?? 0) === gens.get(id)) this.entries.set(id, { at, deliveries: out.get(id)! });
    }
    return out;
  }

  forget(driverId: string): void {
    this.entries.delete(driverId);
    // A read already in flight may predate the change: later callers read again.
    this.inFlight.delete(driverId);
    this.generation.set(driverId, (this.generation.get(driverId) ?? 0) + 1);
  }

  /** Drops entries of drivers not heard from for a while (and the generations of drivers no longer cached). */
  prune(now = Date.now()): void {
    const horizon = Math.max(5 * this.ttlMs, 10_000);
    for (const [id, e] of this.entries) if (now - e.at >= horizon) this.entries.delete(id);
    if (this.reading) return;
    for (const id of this.generation.keys()) if (!this.entries.has(id)) this.generation.delete(id);
  }
}
