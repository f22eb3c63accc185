import { DeliveryType, EventPayload, OrderPaymentStatus, OrderStatus, PaymentMethod } from '@platter/contracts';
import { RestaurantTimings, SagaTimings, deadlineOf } from './order-deadlines';
import { TransitionRule, assertTransitionBy } from './order-state-machine';

/** What a move reads of an order (the entity has these columns and more). */
export interface MovableOrder {
  id: string;
  order_number: string;
  restaurant_id: string;
  customer_id: string | null;
  status: OrderStatus;
  delivery_type: DeliveryType;
  payment_method: PaymentMethod;
  payment_status: OrderPaymentStatus;
  driver_id: string | null;
  subtotal: number;
  discount_amount: number;
  tax_amount: number;
  delivery_fee: number;
  service_fee: number;
  total_amount: number;
  currency: string;
  commission_rate_bps: number;
  amount_paid: number;
  amount_refunded: number;
}

/** The columns a move writes. */
export interface OrderPatch {
  status?: OrderStatus;
  driver_id?: string | null;
  payment_status?: OrderPaymentStatus;
  amount_paid?: number;
  step_due_at?: Date | null;
  saga_flagged_at?: Date | null;
  saga_note?: string | null;
  cancelled_at?: Date | null;
  completed_at?: Date | null;
}

/** A move asked for. */
export interface StatusChange {
  to: OrderStatus;
  /** Who moved it; null when the platform did (e.g. a cash order confirmed at once, a saga step, a timeout). */
  actorId: string | null;
  restaurantOwnerId: string;
  reason?: string | null;
  /** How the move is checked (default: the state machine). */
  rule?: TransitionRule;
  /** The order's driver from now on (assigned); null clears it (the driver gave it back). Absent: unchanged. */
  driverId?: string | null;
  /** The driver's ETA, passed on to the customer's order_status_update. */
  estimatedDeliveryTime?: string | null;
}

/** What order.status-changed says besides the order itself. */
export interface Announcement {
  from: OrderStatus;
  ownerId: string;
  actorId: string | null;
  reason: string | null;
  at: Date;
  estimatedDeliveryTime?: string | null;
}

/** One event a move publishes. */
export type OrderEvent =
  | { type: 'order.status-changed'; payload: EventPayload<'order.status-changed'> }
  | { type: 'order.cancelled'; payload: EventPayload<'order.cancelled'> }
  | { type: 'order.completed'; payload: EventPayload<'order.completed'> };

export interface HistoryEntry {
  order_id: string;
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  reason: string | null;
  actor_id: string | null;
  at: Date;
}

/** Everything a move does, for the one place that persists and publishes it. */
export interface TransitionEffects {
  from: OrderStatus;
  to: OrderStatus;
  patch: OrderPatch;
  history: HistoryEntry;
  events: OrderEvent[];
  /** Cancelled before it was paid or accepted: its coupon use goes back to the coupon. */
  releaseCoupon: boolean;
}

/** What a move needs besides the order: the time, and the timings its new deadline is read from. */
export interface TransitionClock {
  now: Date;
  timings: SagaTimings;
  /** The restaurant's own timings (accept, preparation), where it set them. */
  restaurant?: RestaurantTimings;
}

/**
 * Moves `order` by `change`: checks the move by its rule (INVALID_STATE_TRANSITION otherwise) and
 * returns its effects: the new columns (status, the new step's deadline, the saga flag cleared, when
 * it was cancelled or completed, cash taken at completion), the history entry, and the events
 * (order.status-changed, plus order.cancelled or order.completed with the settlement figures).
 */
export function transition(order: MovableOrder, change: StatusChange, clock: TransitionClock): TransitionEffects {
  const from = order.status;
  assertTransitionBy(change.rule ?? 'machine', from, change.to, order.delivery_type);
  const now = clock.now;
  const patch: OrderPatch = { status: change.to, saga_flagged_at: null, saga_note: null };
  if (change.driverId !== undefined) patch.driver_id = change.driverId;
  if (change.to === 'cancelled') patch.cancelled_at = now;
  if (change.to === 'completed') {
    patch.completed_at = now;
    // Cash changes hands at the door or the counter: by now it has been paid.
    if (order.payment_method === 'cash') Object.assign(patch, { payment_status: 'completed', amount_paid: order.total_amount });
  }
  const moved: MovableOrder = { ...order, ...patch } as MovableOrder;
  patch.step_due_at = deadlineOf(moved, change.to, now, clock.timings, clock.restaurant);
  const reason = change.reason ?? null;
  const events = announcement(moved, {
    from, ownerId: change.restaurantOwnerId, actorId: change.actorId, reason, at: now, estimatedDeliveryTime: change.estimatedDeliveryTime ?? null,
  });
  if (change.to === 'completed') events.push({ type: 'order.completed', payload: completion(moved, change.restaurantOwnerId, now) });
  return {
    from,
    to: change.to,
    patch,
    history: { order_id: order.id, from_status: from, to_status: change.to, reason, actor_id: change.actorId, at: now },
    events,
    releaseCoupon: change.to === 'cancelled' && (from === 'created' || from === 'confirmed') && order.payment_status !== 'completed',
  };
}

/**
 * The events announcing an order's current status: order.status-changed, and order.cancelled for a
 * cancelled one. Every move sends them, and so does an admin resuming a stuck saga (the same events
 * again, so the idempotent consumers redo their part).
 */
export function announcement(order: MovableOrder, meta: Announcement): OrderEvent[] {
  const events: OrderEvent[] = [
    {
      type: 'order.status-changed',
      payload: {
        order_id: order.id,
        order_number: order.order_number,
        restaurant_id: order.restaurant_id,
        restaurant_owner_id: meta.ownerId,
        customer_id: order.customer_id,
        from: meta.from,
        to: order.status,
        ...(meta.reason ? { reason: meta.reason } : {}),
        ...(meta.estimatedDeliveryTime ? { estimated_delivery_time: meta.estimatedDeliveryTime } : {}),
        actor_id: meta.actorId,
        changed_at: meta.at.toISOString(),
        delivery_type: order.delivery_type,
        driver_id: order.driver_id,
      },
    },
  ];
  if (order.status === 'cancelled') {
    events.push({
      type: 'order.cancelled',
      payload: {
        order_id: order.id,
        order_number: order.order_number,
        restaurant_id: order.restaurant_id,
        restaurant_owner_id: meta.ownerId,
        customer_id: order.customer_id,
        from: meta.from,
        ...(meta.reason ? { reason: meta.reason } : {}),
      },
    });
  }
  return events;
}

function completion(order: MovableOrder, ownerId: string, at: Date): EventPayload<'order.completed'> {
  return {
    order_id: order.id,
    order_number: order.order_number,
    restaurant_id: order.restaurant_id,
    restaurant_owner_id: ownerId,
    customer_id: order.customer_id,
    driver_id: order.driver_id,
    delivery_type: order.delivery_type,
    payment_method: order.payment_method,
    subtotal: order.subtotal,
    discount_amount: order.discount_amount,
    tax_amount: order.tax_amount,
    delivery_fee: order.delivery_fee,
    service_fee: order.service_fee,
    total_amount: order.total_amount,
    currency: order.currency,
    commission_rate_bps: order.commission_rate_bps,
    completed_at: at.toISOString(),
  };
}
