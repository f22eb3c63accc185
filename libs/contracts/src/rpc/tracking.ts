import type { DeliveryType, OrderStatus } from '../events';
import type { DeliveryStatus } from './dispatch';

// What the gateway's Socket.IO relay asks to authorise order rooms and replay the latest state.

/** `ordering.orders.tracking` and `dispatch.deliveries.tracking`: one order, by id. */
export interface OrderTrackingData {
  order_id: string;
}

/**
 * `ordering.orders.tracking`: an order's current state, for its customer, its restaurant's team, its
 * assigned driver and admins (FORBIDDEN for anyone else, NOT_FOUND when there is no such order).
 */
export interface OrderTrackingView {
  order_id: string;
  order_number: string;
  status: OrderStatus;
  restaurant_id: string;
  customer_id: string | null;
  driver_id: string | null;
  delivery_type: DeliveryType;
  /** Ordering keeps no ETA of its own; dispatch's tracking has it. */
  estimated_delivery_time?: string | null;
  /** When the order reached its current status (ISO 8601): clients order updates by it. */
  changed_at: string;
  updated_at: string;
}

/** `ordering.orders.active-for-customer`: the actor's own orders still moving, and those that ended recently. */
export interface ActiveOrdersData {
  /** Also orders that ended (completed, cancelled) within this many minutes; default 30, 0 = none. */
  ended_within_minutes?: number;
}

/** `dispatch.deliveries.tracking`: where an order's driver is, when the order has one on the way. */
export interface DeliveryTrackingView {
  order_id: string;
  delivery_id: string;
  status: DeliveryStatus;
  driver_id: string | null;
  /** The driver's last known position while the delivery is theirs (assigned, picked up, in transit); null otherwise. */
  lat: number | null;
  lng: number | null;
  recorded_at: string | null;
  /** Estimated arrival at the customer (ISO 8601), when the driver's position and the address are known. */
  eta: string | null;
}
