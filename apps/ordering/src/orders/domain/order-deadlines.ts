import { OrderStatus } from '@platter/contracts';

/** The saga's expected durations, in seconds (OrderingConfig's ORDER_*_SECONDS). */
export interface SagaTimings {
  paymentWindow: number;
  paymentCheckGrace: number;
  accept: number;
  preparationStart: number;
  preparation: number;
  ready: number;
  pickup: number;
  delivery: number;
  refundWait: number;
}

/** The money figures the refund deadlines read. */
export interface OrderMoney {
  amount_paid: number;
  amount_refunded: number;
}

/** "500" → 500; null unless a whole, non-negative number within `max`. */
function wholeNumber(value: string | undefined, max: number): number | null {
  if (!/^\s*\d{1,10}\s*$/.test(value ?? '')) return null;
  const n = Number(value);
  return n <= max ? n : null;
}

/** A restaurant's own settings (its restaurant.config-changed), in seconds; absent = the platform's. */
export interface RestaurantTimings {
  accept?: number | null;
  preparation?: number | null;
}

/** Minutes a restaurant set (kitchen's acceptance_timeout_minutes 1–60, preparation_minutes 1–240) → seconds; malformed ones are ignored. */
export function restaurantTimings(settings: ReadonlyMap<string, string>): RestaurantTimings {
  const minutes = (key: string, max: number) => {
    const n = wholeNumber(settings.get(key), max);
    return n ? n * 60 : null;
  };
  return { accept: minutes('acceptance_timeout_minutes', 24 * 60), preparation: minutes('preparation_minutes', 24 * 60) };
}

/** What the watchdog does when an order's step is overdue. */
export type OverdueAction = 'cancel' | 'flag';

const addSeconds = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

/** How long the step that starts with `status` may take; null when nothing is awaited. */
export function stepSeconds(status: OrderStatus, timings: SagaTimings, restaurant: RestaurantTimings = {}): number | null {
  switch (status) {
    case 'created':
      return timings.paymentWindow;
    case 'confirmed':
      return restaurant.accept ?? timings.accept;
    case 'accepted':
      return timings.preparationStart;
    case 'preparing':
      return restaurant.preparation ?? timings.preparation;
    case 'ready':
      return timings.ready;
    case 'assigned':
      return timings.pickup;
    case 'picked_up':
    case 'in_transit':
      return timings.delivery;
    // Delivered moves on to completed at once; completed and cancelled await nothing of the kitchen or drivers.
    case 'delivered':
    case 'completed':
    case 'cancelled':
      return null;
  }
}

/** When the step that starts now, with the order entering `status`, is overdue. */
export function stepDueAt(status: OrderStatus, now: Date, timings: SagaTimings, restaurant: RestaurantTimings = {}): Date | null {
  const seconds = stepSeconds(status, timings, restaurant);
  return seconds === null ? null : addSeconds(now, seconds);
}

/** Whether the deadline of a step into `status` depends on the restaurant's own settings. */
export function usesRestaurantTimings(status: OrderStatus): boolean {
  return status === 'confirmed' || status === 'preparing';
}

/** step_due_at for an order entering `status` at `now`: a cancelled one waits for its refund, if any is due. */
export function deadlineOf(order: OrderMoney, status: OrderStatus, now: Date, timings: SagaTimings, restaurant: RestaurantTimings = {}): Date | null {
  if (status === 'cancelled') return refundDueAt(order, now, timings);
  return stepDueAt(status, now, timings, usesRestaurantTimings(status) ? restaurant : {});
}

/** Before the restaurant has the order (payment, acceptance) the saga gives up; afterwards it only asks for help. */
export function overdueAction(status: OrderStatus): OverdueAction {
  return status === 'created' || status === 'confirmed' ? 'cancel' : 'flag';
}

/** The cancellation reason of a missed deadline. */
export function timeoutReason(status: OrderStatus): string {
  return status === 'created' ? 'payment_timeout' : 'restaurant_timeout';
}

/** What admins read on a flagged order. */
export function overdueNote(status: OrderStatus): string {
  switch (status) {
    case 'accepted':
      return 'accepted but preparation has not started in time';
    case 'preparing':
      return 'preparation is taking longer than expected';
    case 'ready':
      return 'ready but no driver assigned or handover in time';
    case 'assigned':
      return 'the driver has not picked the order up in time';
    case 'picked_up':
    case 'in_transit':
      return 'the delivery is taking longer than expected';
    case 'cancelled':
      return 'cancelled, but the captured money has not been refunded in time';
    default:
      return `no progress from ${status} in time`;
  }
}

/** Money captured and not given back, per ordering's figures. */
export function refundableAmount(order: OrderMoney): number {
  return Math.max(0, order.amount_paid - order.amount_refunded);
}

/**
 * Until when a cancelled order waits for its refund (then it is flagged), or null when nothing
 * captured is left to give back.
 */
export function refundDueAt(order: OrderMoney, now: Date, timings: SagaTimings): Date | null {
  return refundableAmount(order) > 0 ? addSeconds(now, timings.refundWait) : null;
}

/** payment_status after refunds totalling `totalRefunded` of `paid`. */
export function refundedPaymentStatus(totalRefunded: number, paid: number, fullyRefunded: boolean): 'refunded' | 'partially_refunded' {
  return fullyRefunded || (paid > 0 && totalRefunded >= paid) ? 'refunded' : 'partially_refunded';
}

/**
 * An unpaid order's payment deadline: the one set at placing, else the window after creation
 * (orders placed before the saga, or by a path that did not set it).
 */
export function paymentDeadline(order: { payment_due_at: Date | null; created_at: Date }, timings: SagaTimings): Date {
  return order.payment_due_at ?? addSeconds(order.created_at, timings.paymentWindow);
}
