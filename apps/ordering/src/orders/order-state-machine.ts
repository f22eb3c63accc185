import { DeliveryType, OrderStatus } from '@platter/contracts';
import { OrderingException } from './ordering.exception';

// 000's state machine. `ready` forks: a delivery order waits for a driver (assigned), a pickup
// or dine-in order is handed over at the counter or table (completed), per CONTRACT.md.
const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  created: ['confirmed', 'cancelled'],
  confirmed: ['accepted', 'cancelled'],
  accepted: ['preparing', 'cancelled'],
  preparing: ['ready'],
  ready: ['assigned', 'completed'],
  assigned: ['picked_up'],
  picked_up: ['in_transit'],
  in_transit: ['delivered'],
  delivered: ['completed'],
  completed: [],
  cancelled: [],
};

/** Where an order of this kind may go from `from`. */
export function nextStatuses(from: OrderStatus, deliveryType: DeliveryType): readonly OrderStatus[] {
  if (from !== 'ready') return NEXT[from];
  return deliveryType === 'delivery' ? ['assigned'] : ['completed'];
}

export function canTransition(from: OrderStatus, to: OrderStatus, deliveryType: DeliveryType): boolean {
  return nextStatuses(from, deliveryType).includes(to);
}

/** Throws INVALID_STATE_TRANSITION (422) naming both ends when the move is not allowed. */
export function assertTransition(from: OrderStatus, to: OrderStatus, deliveryType: DeliveryType): void {
  if (!canTransition(from, to, deliveryType)) {
    throw new OrderingException('INVALID_STATE_TRANSITION', `A ${deliveryType} order cannot go from ${from} to ${to}`);
  }
}
