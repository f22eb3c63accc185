import { DeliveryType, OrderStatus } from '@platter/contracts';
import { OrderingException } from '../ordering.exception';

// The order state machine. `ready` forks: a delivery order waits for a driver (assigned), a pickup
// or dine-in order is handed over at the counter or table (completed).
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

/** Nothing follows these. */
export function isFinalStatus(status: OrderStatus): boolean {
  return status === 'completed' || status === 'cancelled';
}

/**
 * How a move is checked: `machine`, the state machine (everyone); `admin`, an admin's override (what the
 * machine allows, plus cancelling any order not yet final); `driver_unassigned`, the one move back,
 * assigned → ready, when the driver gives the delivery back before pickup (the delivery is reassigned).
 */
export type TransitionRule = 'machine' | 'admin' | 'driver_unassigned';

export function canTransitionBy(rule: TransitionRule, from: OrderStatus, to: OrderStatus, deliveryType: DeliveryType): boolean {
  switch (rule) {
    case 'machine':
      return canTransition(from, to, deliveryType);
    case 'admin':
      return canTransition(from, to, deliveryType) || (to === 'cancelled' && !isFinalStatus(from));
    case 'driver_unassigned':
      return from === 'assigned' && to === 'ready' && deliveryType === 'delivery';
  }
}

/** Like assertTransition, for the given rule. */
export function assertTransitionBy(rule: TransitionRule, from: OrderStatus, to: OrderStatus, deliveryType: DeliveryType): void {
  if (!canTransitionBy(rule, from, to, deliveryType)) {
    throw new OrderingException('INVALID_STATE_TRANSITION', `A ${deliveryType} order cannot go from ${from} to ${to}`);
  }
}
