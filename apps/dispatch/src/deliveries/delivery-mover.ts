import { Injectable } from '@nestjs/common';
import { DeliveryStatus, DeliveryStatusChange } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { DispatchConfig } from '../dispatch.config';
import { Driver } from '../drivers/driver.entity';
import { DeliveryRoutes } from '../routing/delivery-routes';
import { RouteTracker } from '../routing/route-tracker';
import { DeliveryMoves } from './delivery-moves';
import { Delivery } from './delivery.entity';
import { DeliveryRepository } from './delivery.repository';
import { estimatedArrival, pointOf } from './domain/eta';

const STAMP: Record<DeliveryStatus, keyof Delivery | null> = {
  awaiting_pickup_ready: null,
  available: 'available_at',
  assigned: 'assigned_at',
  picked_up: 'picked_up_at',
  in_transit: 'in_transit_at',
  delivered: 'delivered_at',
  cancelled: 'cancelled_at',
};

/** Statuses ordering hears about (delivery.status-changed); the others are dispatch's own. */
const ANNOUNCED: ReadonlySet<DeliveryStatus> = new Set(['assigned', 'picked_up', 'in_transit', 'delivered']);

/** Statuses that start a new leg (its route and ETA are planned and announced as delivery.route-updated). */
const NEW_LEG: ReadonlySet<DeliveryStatus> = new Set(['assigned', 'picked_up']);

/**
 * The one way a delivery's status moves once decided: stamped, saved, its route planned and, for
 * the driver states, announced. An assignment made before the order is ready (an early offer, a
 * manual pick) is announced to ordering only once the order is ready: ordering's order cannot be
 * assigned before it is ready.
 */
@Injectable()
export class DeliveryMover {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly events: EventPublisher,
    private readonly config: DispatchConfig,
    private readonly routes: DeliveryRoutes,
    private readonly moves: DeliveryMoves,
    tracker: RouteTracker,
  ) {
    // The route tracker's cache of held deliveries follows every move (here at once, others' after its TTL).
    moves.subscribe((driverId) => tracker.forget(driverId));
  }

  /** In the caller's transaction, on a delivery it has locked: through each status of `steps`, in order. */
  async move(delivery: Delivery, steps: DeliveryStatus[], driver: Driver | null): Promise<Delivery> {
    for (const status of steps) {
      const now = new Date();
      const stamp = STAMP[status];
      const changes: Partial<Delivery> = { status, ...(stamp ? { [stamp]: now } : {}) };
      if (status === 'assigned' && driver) {
        changes.driver_id = driver.id;
        changes.next_offer_at = null;
        changes.round_exhausted_at = null;
      }
      if (status === 'available') changes.order_ready_at = delivery.order_ready_at ?? now;
      const announce = ANNOUNCED.has(status) && (status !== 'assigned' || delivery.order_ready_at !== null);
      if (announce) changes.announced_driver_id = changes.driver_id ?? delivery.driver_id;
      await this.deliveries.update(delivery.id, changes);
      Object.assign(delivery, changes);
      this.moves.changed(delivery.driver_id);
      if (driver && delivery.driver_id === driver.id && NEW_LEG.has(status)) await this.routes.plan(delivery, driver, undefined, now);
      if (announce) await this.announce(delivery, status as DeliveryStatusChange, driver, now);
    }
    return delivery;
  }

  /**
   * The order is ready and its delivery was assigned before: tell ordering now (once per driver).
   * In the caller's transaction on the locked delivery.
   */
  async announceHeldAssignment(delivery: Delivery, driver: Driver | null): Promise<void> {
    if (delivery.status !== 'assigned' || !delivery.driver_id || delivery.announced_driver_id === delivery.driver_id || !delivery.order_ready_at) return;
    await this.deliveries.update(delivery.id, { announced_driver_id: delivery.driver_id });
    delivery.announced_driver_id = delivery.driver_id;
    await this.announce(delivery, 'assigned', driver, new Date());
  }

  /**
   * The driver gives the delivery back before pickup (went offline, suspended, reassigned): it is
   * looked for again from a fresh round of offers, and ordering, if it knew the driver, hears
   * `unassigned` (its order goes back to ready). In the caller's transaction on the locked delivery.
   */
  async unassign(delivery: Delivery): Promise<Delivery> {
    const previous = delivery.driver_id;
    const announced = delivery.announced_driver_id;
    const now = new Date();
    const ready = delivery.order_ready_at !== null;
    const changes: Partial<Delivery> = {
      status: ready ? 'available' : 'awaiting_pickup_ready',
      driver_id: null,
      announced_driver_id: null,
      assigned_at: null,
      available_at: ready ? (delivery.available_at ?? now) : null,
      offer_round: delivery.offer_round + 1,
      round_exhausted_at: null,
      next_offer_at: null,
      seeking_since: now,
      flagged_at: null,
      route_leg: null,
      route_distance_km: null,
      route_eta_at: null,
      estimated_delivery_at: null,
    };
    await this.deliveries.update(delivery.id, changes);
    Object.assign(delivery, changes);
    this.moves.changed(previous);
    if (announced) {
      await this.events.publish('delivery.status-changed', {
        delivery_id: delivery.id,
        order_id: delivery.order_id,
        restaurant_id: delivery.restaurant_id,
        driver_id: announced,
        status: 'unassigned',
        changed_at: now.toISOString(),
      });
    }
    return delivery;
  }

  /**
   * An admin handed a delivery already picked up to another driver: it keeps its status, ordering
   * hears the same status with the new driver. In the caller's transaction on the locked delivery.
   */
  async handOver(delivery: Delivery, driver: Driver): Promise<Delivery> {
    const previous = delivery.driver_id;
    const now = new Date();
    const changes: Partial<Delivery> = { driver_id: driver.id, announced_driver_id: driver.id };
    await this.deliveries.update(delivery.id, changes);
    Object.assign(delivery, changes);
    this.moves.changed(previous);
    this.moves.changed(driver.id);
    await this.routes.plan(delivery, driver, undefined, now);
    await this.announce(delivery, delivery.status as DeliveryStatusChange, driver, now);
    return delivery;
  }

  private async announce(delivery: Delivery, status: DeliveryStatusChange, driver: Driver | null, now: Date): Promise<void> {
    const eta = status === 'delivered' ? null : (delivery.estimated_delivery_at ?? this.eta(delivery, driver, now));
    await this.events.publish('delivery.status-changed', {
      delivery_id: delivery.id,
      order_id: delivery.order_id,
      restaurant_id: delivery.restaurant_id,
      driver_id: delivery.driver_id,
      ...(driver?.name && driver.id === delivery.driver_id ? { driver_name: driver.name } : {}),
      status,
      ...(eta ? { estimated_delivery_time: eta.toISOString() } : {}),
      changed_at: now.toISOString(),
    });
  }

  /** Straight-line from the driver's last position to the customer, at the configured speed. */
  eta(delivery: Delivery, driver: Driver | null, now = new Date()): Date | null {
    return estimatedArrival(pointOf(driver?.last_lat, driver?.last_lng), pointOf(delivery.dest_lat, delivery.dest_lng), this.config.DRIVER_AVERAGE_SPEED_KMH, now);
  }
}
