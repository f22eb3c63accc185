import { DeliveryType, OrderStatus, TicketStatus } from '@platter/contracts';
import { nextStatuses } from './order-state-machine';

/** Where an order stands relative to a status an event says it has reached. */
export type PathToStatus =
  /** The moves to make, in order (never empty): the event may have overtaken earlier ones. */
  | { kind: 'steps'; steps: OrderStatus[] }
  /** Already there or past it: a duplicate, or an event that arrived after a later one. */
  | { kind: 'already' }
  /** Not reachable going forward (cancelled, completed, or not on this kind of order's path). */
  | { kind: 'unreachable' };

/** The forward moves from `from` to `to` (cancellation is never a step on the way). */
function forward(from: OrderStatus, to: OrderStatus, deliveryType: DeliveryType): OrderStatus[] | null {
  const steps: OrderStatus[] = [];
  let at = from;
  // The machine is a chain apart from cancellation (ready forks by delivery type), so one walk finds it.
  for (let i = 0; i < 16; i++) {
    const next = nextStatuses(at, deliveryType).filter((s) => s !== 'cancelled');
    if (!next.length) return null;
    at = next[0];
    steps.push(at);
    if (at === to) return steps;
  }
  return null;
}

/**
 * How an order at `from` gets to `to` following the state machine forward: the missing steps (so an
 * event that overtook others is applied in order), `already` for a duplicate or a late event, or
 * `unreachable`.
 */
export function pathTo(from: OrderStatus, to: OrderStatus, deliveryType: DeliveryType): PathToStatus {
  if (from === to) return { kind: 'already' };
  const steps = forward(from, to, deliveryType);
  if (steps) return { kind: 'steps', steps };
  if (forward(to, from, deliveryType)) return { kind: 'already' };
  return { kind: 'unreachable' };
}

/**
 * Preparing and ready are the kitchen's steps too: a restaurant pressing the button after the
 * kitchen's ticket already moved the order there (or past it) changes nothing and is no error.
 */
export function cookingStepAlreadyTaken(order: { status: OrderStatus; delivery_type: DeliveryType }, to: OrderStatus): boolean {
  return (to === 'preparing' || to === 'ready') && pathTo(order.status, to, order.delivery_type).kind === 'already';
}

/** The order status a kitchen ticket's status means (in_progress: preparing, done: ready); null for the others. */
export function orderStatusOfTicket(ticket: TicketStatus): OrderStatus | null {
  if (ticket === 'in_progress') return 'preparing';
  if (ticket === 'done') return 'ready';
  return null;
}
