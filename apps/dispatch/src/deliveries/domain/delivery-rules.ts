import { timingSafeEqual } from 'node:crypto';
import { DeliveryStatus, DeliveryType, ORDER_STATUSES, OrderStatus } from '@platter/contracts';

/** Only orders brought to the customer need a driver; pickup and dine-in never reach dispatch. */
export function needsDelivery(deliveryType: DeliveryType): boolean {
  return deliveryType === 'delivery';
}

/** The delivery's status once its order is cancelled; null when there is nothing to change (already cancelled, or delivered). */
export function statusAfterOrderCancelled(current: DeliveryStatus): DeliveryStatus | null {
  return current === 'cancelled' || current === 'delivered' ? null : 'cancelled';
}

/** The order statuses that change a delivery (when to expect the food, when to offer it). */
const DELIVERY_NEWS: readonly OrderStatus[] = ['accepted', 'preparing', 'ready'];

/**
 * Whether dispatch keeps a status change of an order it has no delivery for yet, to replay when
 * order.created opens the delivery: one that changes a delivery, of an order that is (or may be) delivered.
 */
export function isKeptBeforeDelivery(change: { to: OrderStatus; delivery_type?: DeliveryType }): boolean {
  return DELIVERY_NEWS.includes(change.to) && (change.delivery_type === undefined || needsDelivery(change.delivery_type));
}

/**
 * The order in which news kept before the delivery existed is replayed: along the order's
 * lifecycle, a cancellation last (it ends the delivery, whatever came before).
 */
export function replayOrder(a: OrderStatus, b: OrderStatus): number {
  const rank = (s: OrderStatus) => (s === 'cancelled' ? ORDER_STATUSES.length : ORDER_STATUSES.indexOf(s));
  return rank(a) - rank(b);
}

/** A delivery is offered to drivers once its order is ready; null when this order change means nothing to it. */
export function statusAfterOrderChange(current: DeliveryStatus, order: OrderStatus): DeliveryStatus | null {
  return order === 'ready' && current === 'awaiting_pickup_ready' ? 'available' : null;
}

/** The states a delivery holds its driver in. */
export const ACTIVE_DELIVERY_STATUSES: readonly DeliveryStatus[] = ['assigned', 'picked_up', 'in_transit'];

/** What a driver does to a delivery they hold. */
export type DriverAction = 'pickup' | 'locate' | 'deliver';

/**
 * The statuses a driver's action takes a delivery through, in order: empty when the action does
 * nothing here (a location before pickup or after the first one), null when it is not allowed.
 * A delivery confirmed at the door straight from picked_up passes through in_transit first, as
 * the order's state machine requires.
 */
export function driverMove(current: DeliveryStatus, action: DriverAction): DeliveryStatus[] | null {
  switch (action) {
    case 'pickup':
      return current === 'assigned' ? ['picked_up'] : null;
    case 'locate':
      if (current === 'picked_up') return ['in_transit'];
      return current === 'assigned' || current === 'in_transit' ? [] : null;
    case 'deliver':
      if (current === 'picked_up') return ['in_transit', 'delivered'];
      return current === 'in_transit' ? ['delivered'] : null;
  }
}

/**
 * Whether the code the driver typed is the delivery's. An order placed without a code (before
 * codes existed) is confirmed without one. Compared in constant time, case and spaces ignored.
 */
export function deliveryCodeMatches(expected: string | null, given: string | undefined): boolean {
  if (!expected) return true;
  const norm = (s: string) => s.replace(/\s+/g, '').toUpperCase();
  const a = Buffer.from(norm(expected));
  const b = Buffer.from(norm(given ?? ''));
  return a.length === b.length && timingSafeEqual(a, b);
}
