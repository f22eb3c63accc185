import { Injectable } from '@nestjs/common';
import { GeoPoint } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { pointOf } from '../deliveries/domain/eta';
import { Delivery } from '../deliveries/delivery.entity';
import { DeliveryRepository } from '../deliveries/delivery.repository';
import { Driver } from '../drivers/driver.entity';
import { Leg, customerEta, legEnd, legOf, legTarget } from './domain/route-plan';
import { Route, RoutingProvider } from './domain/routing-provider';

export interface PlannedRoute {
  leg: Leg;
  route: Route;
  eta: Date;
  estimatedDeliveryAt: Date | null;
}

/**
 * A held delivery's route and ETAs: to the restaurant once assigned, to the customer once picked
 * up. Stored on the delivery (what the boards and the ETA of delivery.status-changed read) and
 * announced as delivery.route-updated, in the caller's transaction.
 */
@Injectable()
export class DeliveryRoutes {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly events: EventPublisher,
    private readonly routing: RoutingProvider,
  ) {}

  /** The route from `from` (default: the driver's last position) for the leg the delivery is on; null when an end is unknown. */
  async compute(delivery: Delivery, driver: Driver, from: GeoPoint | null = pointOf(driver.last_lat, driver.last_lng), now = new Date()): Promise<PlannedRoute | null> {
    const leg = legOf(delivery.status);
    if (!leg || !from) return null;
    const pickup = pointOf(delivery.pickup_lat, delivery.pickup_lng);
    const dropoff = pointOf(delivery.dest_lat, delivery.dest_lng);
    const target = legTarget(leg, pickup, dropoff);
    if (!target) return null;
    const options = { vehicle_type: driver.vehicle_type };
    const route = await this.routing.route(from, target, options);
    const eta = legEnd(now, route);
    const onward = leg === 'to_pickup' && pickup && dropoff ? await this.routing.route(pickup, dropoff, options) : null;
    return { leg, route, eta, estimatedDeliveryAt: customerEta(leg, eta, onward, delivery.order_ready_at ? null : delivery.expected_ready_at) };
  }

  /** Computes, stores and announces; in the caller's transaction on the locked delivery. */
  async plan(delivery: Delivery, driver: Driver, from?: GeoPoint | null, now = new Date()): Promise<PlannedRoute | null> {
    const planned = await this.compute(delivery, driver, from, now);
    if (!planned) return null;
    await this.record(delivery, driver.id, planned);
    return planned;
  }

  async record(delivery: Delivery, driverId: string, planned: PlannedRoute): Promise<void> {
    const changes: Partial<Delivery> = {
      route_leg: planned.leg,
      route_distance_km: planned.route.distance_km,
      route_eta_at: planned.eta,
      estimated_delivery_at: planned.estimatedDeliveryAt,
    };
    await this.deliveries.update(delivery.id, changes);
    Object.assign(delivery, changes);
    await this.events.publish('delivery.route-updated', {
      delivery_id: delivery.id,
      order_id: delivery.order_id,
      restaurant_id: delivery.restaurant_id,
      driver_id: driverId,
      customer_id: delivery.customer_id,
      leg: planned.leg,
      distance_km: Math.round(planned.route.distance_km * 100) / 100,
      eta: planned.eta.toISOString(),
      waypoints: planned.route.waypoints,
      ...(planned.estimatedDeliveryAt ? { estimated_delivery_time: planned.estimatedDeliveryAt.toISOString() } : {}),
    });
  }

  /** Forgets the route when the delivery leaves its driver (unassigned, delivered, cancelled). */
  async clear(delivery: Delivery): Promise<void> {
    const changes: Partial<Delivery> = { route_leg: null, route_distance_km: null, route_eta_at: null };
    await this.deliveries.update(delivery.id, changes);
    Object.assign(delivery, changes);
  }
}
