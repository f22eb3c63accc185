import { Actor, DeliveryTrackingView } from '@platter/contracts';
import { ACTIVE_DELIVERY_STATUSES } from './delivery-rules';
import type { Delivery } from '../delivery.entity';
import { estimatedArrival, pointOf } from './eta';
import type { Driver } from '../../drivers/driver.entity';

/**
 * Who may see where an order's driver is: the order's customer, its restaurant's team (through the
 * restaurant their token acts for), the driver holding it, and admins.
 */
export function maySeeDelivery(actor: Actor, delivery: Pick<Delivery, 'customer_id' | 'restaurant_id' | 'driver_id'>): boolean {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'customer':
      return delivery.customer_id !== null && delivery.customer_id === actor.user_id;
    case 'driver':
      return delivery.driver_id !== null && delivery.driver_id === actor.user_id;
    case 'restaurant_owner':
    case 'restaurant_staff':
      return actor.restaurant_id === delivery.restaurant_id && actor.restaurant_role !== undefined;
    default:
      return false;
  }
}

/**
 * The delivery's tracking view: the driver's last position only while the delivery is theirs
 * (assigned, picked up, in transit), and the ETA to the customer: the one assignment planned, else
 * from the last position at the average speed.
 */
export function deliveryTrackingView(delivery: Delivery, driver: Driver | null, speedKmh: number, now: Date = new Date()): DeliveryTrackingView {
  const active = (ACTIVE_DELIVERY_STATUSES as readonly string[]).includes(delivery.status) && driver !== null && driver.id === delivery.driver_id;
  const at = active ? pointOf(driver.last_lat, driver.last_lng) : null;
  // Assignment's own estimate when it has one (its routing provider), else straight line from the last position.
  const eta = active ? (delivery.estimated_delivery_at ?? (at ? estimatedArrival(at, pointOf(delivery.dest_lat, delivery.dest_lng), speedKmh, now) : null)) : null;
  return {
    order_id: delivery.order_id,
    delivery_id: delivery.id,
    status: delivery.status,
    driver_id: delivery.driver_id,
    lat: at?.lat ?? null,
    lng: at?.lng ?? null,
    recorded_at: at && driver?.last_located_at ? driver.last_located_at.toISOString() : null,
    eta: eta?.toISOString() ?? null,
  };
}
