import { DeliveryType, ORDER_STATUSES, OrderPaymentStatus, OrderStatus, StaffOrderStatus, StaffPaymentStatus, ValidationFailedError } from '@platter/contracts';
import { OrderingException } from '../ordering.exception';
import { pathTo } from './order-path';

/**
 * The four statuses a restaurant's dashboard shows (the staff vocabulary), over the state machine's:
 * - pending: created, confirmed (waiting for payment or for the restaurant);
 * - processing: accepted, preparing, ready, assigned, picked_up, in_transit (the restaurant and driver at work);
 * - completed: delivered, completed;
 * - cancelled: cancelled.
 */
export const STAFF_STATUS_OF: Record<OrderStatus, StaffOrderStatus> = {
  created: 'pending',
  confirmed: 'pending',
  accepted: 'processing',
  preparing: 'processing',
  ready: 'processing',
  assigned: 'processing',
  picked_up: 'processing',
  in_transit: 'processing',
  delivered: 'completed',
  completed: 'completed',
  cancelled: 'cancelled',
};

export const STAFF_STATUSES: readonly StaffOrderStatus[] = ['pending', 'processing', 'completed', 'cancelled'];

/** The dashboard's payment statuses: pending and failed are unpaid; partly or wholly refunded is refunded. */
export function staffPaymentStatus(status: OrderPaymentStatus): StaffPaymentStatus {
  if (status === 'completed') return 'paid';
  if (status === 'refunded' || status === 'partially_refunded') return 'refunded';
  return 'unpaid';
}

/** The statuses a GET /orders `status` filter means: one of the dashboard's four, or one of ordering's own. */
export function statusesMatching(filter: string): OrderStatus[] | null {
  if ((STAFF_STATUSES as readonly string[]).includes(filter)) {
    return ORDER_STATUSES.filter((s) => STAFF_STATUS_OF[s] === filter);
  }
  return (ORDER_STATUSES as readonly string[]).includes(filter) ? [filter as OrderStatus] : null;
}

/** Statuses only the saga's other parties set: payments (confirmed) and dispatch (the driver's). */
const NOT_STAFF_MOVES: readonly OrderStatus[] = ['created', 'confirmed', 'assigned', 'picked_up', 'in_transit', 'delivered'];

const refuse = (message: string) => new OrderingException('INVALID_STATE_TRANSITION', message);

/**
 * The moves PATCH /orders/:id/status makes for `target` (a dashboard status, or one of ordering's own),
 * each then checked and recorded by the state machine; [] when the order is already there.
 * - pending: only where it already is (nothing goes back);
 * - processing: a confirmed order is accepted; one already being worked on stays as it is;
 * - completed: a pickup or dine-in order is walked forward through accepted, preparing and ready
 *   to completed (each step recorded and announced); a delivery order only from delivered
 *   (its driver's delivery completes it);
 * - cancelled: cancelled where the machine allows (before preparing);
 * - ordering's own statuses: that one move, except those payments and dispatch set.
 */
export function staffMoves(order: { status: OrderStatus; delivery_type: DeliveryType }, target: string): OrderStatus[] {
  const from = order.status;
  switch (target) {
    case 'pending':
      if (STAFF_STATUS_OF[from] === 'pending') return [];
      throw refuse(`An order that is ${from} cannot go back to pending`);
    case 'processing':
      if (from === 'confirmed') return ['accepted'];
      if (STAFF_STATUS_OF[from] === 'processing') return [];
      if (from === 'created') throw refuse('This order is still waiting for its payment');
      throw refuse(`An order that is ${from} cannot go back to processing`);
    case 'completed': {
      if (from === 'completed') return [];
      if (from === 'created') throw refuse('This order is still waiting for its payment');
      if (order.delivery_type === 'delivery' && from !== 'delivered') throw refuse('A delivery order is completed when its driver delivers it');
      const path = pathTo(from, 'completed', order.delivery_type);
      if (path.kind === 'steps') return path.steps;
      throw refuse(`A ${order.delivery_type} order cannot go from ${from} to completed`);
    }
    case 'cancelled':
      return from === 'cancelled' ? [] : ['cancelled'];
    default: {
      if (!(ORDER_STATUSES as readonly string[]).includes(target)) {
        throw new ValidationFailedError([{ field: 'status', message: `status must be one of ${[...STAFF_STATUSES, ...ORDER_STATUSES].join(', ')}` }]);
      }
      const to = target as OrderStatus;
      if (to === from) return [];
      if (NOT_STAFF_MOVES.includes(to)) throw refuse(`Orders become ${to} through ${to === 'confirmed' || to === 'created' ? 'their payment' : 'their driver'}, not by hand`);
      return [to];
    }
  }
}

/**
 * What `paymentStatus` does: only a cash order can be marked paid by hand (the money was taken
 * at the counter); online payments and refunds are the payment providers' and admins' to record.
 * Null: nothing to change.
 */
export function staffPaymentChange(order: { payment_method: string; payment_status: OrderPaymentStatus }, wanted: StaffPaymentStatus): OrderPaymentStatus | null {
  const now = staffPaymentStatus(order.payment_status);
  if (now === wanted) return null;
  if (wanted === 'paid' && order.payment_method === 'cash' && order.payment_status === 'pending') return 'completed';
  if (wanted === 'paid') throw new OrderingException('PAYMENT_STATUS_NOT_SETTABLE', 'Online payments are recorded when the payment provider confirms them');
  if (wanted === 'refunded') throw new OrderingException('PAYMENT_STATUS_NOT_SETTABLE', 'Refunds are made with POST /admin/orders/:id/refund');
  throw new OrderingException('PAYMENT_STATUS_NOT_SETTABLE', `A ${now} order cannot be marked unpaid`);
}
