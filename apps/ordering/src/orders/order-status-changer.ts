import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderStatus } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { TransitionRule, assertTransitionBy } from './order-state-machine';
import { releaseCouponForOrder } from '../coupons/coupon-redemptions';
import { OrderStatusHistory } from './order-status-history.entity';
import { Order } from './order.entity';
import { SagaClock } from './saga/saga-clock';

export interface StatusChange {
  to: OrderStatus;
  /** Who moved it; null when the platform did (e.g. a cash order confirmed at once, a saga step, a timeout). */
  actorId: string | null;
  restaurantOwnerId: string;
  reason?: string | null;
  /** How the move is checked (default: 000's machine). */
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

/**
 * The one way an order's status moves: checked by the state machine, recorded, announced. It also
 * keeps the saga's bookkeeping: the new step's deadline, the flag cleared (the order moved), when it
 * was cancelled or completed, and order.completed with the settlement figures.
 */
@Injectable()
export class OrderStatusChanger {
  /** History rows get strictly increasing times, so several moves in one transaction stay in order. */
  private lastStamp = 0;

  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly clock: SagaClock,
  ) {}

  /** Runs in the caller's transaction, on an order it has locked or just created. */
  async change(order: Order, change: StatusChange): Promise<void> {
    const from = order.status;
    assertTransitionBy(change.rule ?? 'machine', from, change.to, order.delivery_type);
    const now = this.stamp();
    const patch: Partial<Order> = { status: change.to, saga_flagged_at: null, saga_note: null };
    if (change.driverId !== undefined) patch.driver_id = change.driverId;
    if (change.to === 'cancelled') patch.cancelled_at = now;
    if (change.to === 'completed') {
      patch.completed_at = now;
      // Cash changes hands at the door or the counter: by now it has been paid.
      if (order.payment_method === 'cash') Object.assign(patch, { payment_status: 'completed', amount_paid: order.total_amount });
    }
    patch.step_due_at = await this.clock.dueAt({ ...order, ...patch } as Order, change.to, now);
    await this.tx.repository(Order).update({ id: order.id }, patch);
    Object.assign(order, patch);
    await this.record(order.id, from, change.to, change.actorId, change.reason ?? null, now);
    await this.announce(order, {
      from,
      ownerId: change.restaurantOwnerId,
      actorId: change.actorId,
      reason: change.reason ?? null,
      at: now,
      estimatedDeliveryTime: change.estimatedDeliveryTime ?? null,
    });
    if (change.to === 'cancelled') {
      // Cancelled before it was paid or accepted: its coupon use goes back to the coupon.
      if ((from === 'created' || from === 'confirmed') && order.payment_status !== 'completed') await releaseCouponForOrder(this.tx, order.id);
    }
    if (change.to === 'completed') {
      await this.events.publish('order.completed', {
        order_id: order.id,
        order_number: order.order_number,
        restaurant_id: order.restaurant_id,
        restaurant_owner_id: change.restaurantOwnerId,
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
        completed_at: now.toISOString(),
      });
    }
  }

  /**
   * Announces the order's current status: order.status-changed, and order.cancelled for a cancelled
   * one. Used by every move, and by an admin resuming a stuck saga (the same events again, so the
   * idempotent consumers redo their part).
   */
  async announce(order: Order, meta: Announcement): Promise<void> {
    await this.events.publish('order.status-changed', {
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
    });
    if (order.status === 'cancelled') {
      await this.events.publish('order.cancelled', {
        order_id: order.id,
        order_number: order.order_number,
        restaurant_id: order.restaurant_id,
        restaurant_owner_id: meta.ownerId,
        customer_id: order.customer_id,
        from: meta.from,
        ...(meta.reason ? { reason: meta.reason } : {}),
      });
    }
  }

  async record(orderId: string, from: OrderStatus | null, to: OrderStatus, actorId: string | null, reason: string | null = null, at: Date = this.stamp()): Promise<void> {
    await this.tx.repository(OrderStatusHistory).insert({ id: randomUUID(), order_id: orderId, from_status: from, to_status: to, reason, actor_id: actorId, at });
  }

  private stamp(): Date {
    this.lastStamp = Math.max(Date.now(), this.lastStamp + 1);
    return new Date(this.lastStamp);
  }
}
