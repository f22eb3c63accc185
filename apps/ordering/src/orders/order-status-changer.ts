import { Injectable } from '@nestjs/common';
import { OrderStatus } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { CouponRedemptions } from '../coupons/coupon-redemptions';
import { DeadlineClock } from './deadline-clock';
import { pathTo } from './domain/order-path';
import { Announcement, OrderEvent, StatusChange, TransitionEffects, announcement, transition } from './domain/order-transition';
import { OrderRepository } from './order.repository';
import { Order } from './order.entity';

export type { Announcement, StatusChange } from './domain/order-transition';

export type AdvanceOutcome = 'moved' | 'already' | 'unreachable';

/**
 * The one place an order's moves are persisted and published: the domain's transition decides (the
 * state machine, the new deadline, the events); this writes the columns and the history row, sends
 * the events through the outbox, and gives a coupon use back when the transition says so.
 */
@Injectable()
export class OrderStatusChanger {
  /** History rows get strictly increasing times, so several moves in one transaction stay in order. */
  private lastStamp = 0;

  constructor(
    private readonly events: EventPublisher,
    private readonly clock: DeadlineClock,
    private readonly orders: OrderRepository,
    private readonly coupons: CouponRedemptions,
  ) {}

  /** Runs in the caller's transaction, on an order it has locked or just created. */
  async change(order: Order, change: StatusChange): Promise<TransitionEffects> {
    const restaurant = await this.clock.restaurantTimings(order.restaurant_id, change.to);
    const effects = transition(order, change, { now: this.stamp(), timings: this.clock.timings, restaurant });
    await this.orders.update(order, effects.patch);
    await this.orders.recordHistory(effects.history);
    await this.publish(effects.events.filter((e) => e.type !== 'order.completed'));
    if (effects.releaseCoupon) await this.coupons.releaseForOrder(order.id);
    await this.publish(effects.events.filter((e) => e.type === 'order.completed'));
    return effects;
  }

  /**
   * Moves a locked order forward to a status another party reports (kitchen, dispatch), through any
   * step it skipped. The ETA goes with the last step; `driverId` is stored with the assigned step (or
   * the first, if assigned is behind). `already` for a duplicate or late report, `unreachable` when
   * the order cannot get there going forward.
   */
  async advance(
    order: Order,
    to: OrderStatus,
    who: { actorId: string | null; reason: string; owner: () => Promise<string> },
    extra: Pick<StatusChange, 'driverId' | 'estimatedDeliveryTime'> = {},
  ): Promise<AdvanceOutcome> {
    const path = pathTo(order.status, to, order.delivery_type);
    if (path.kind !== 'steps') return path.kind;
    const restaurantOwnerId = await who.owner();
    const driverStep = path.steps.includes('assigned') ? path.steps.indexOf('assigned') : 0;
    for (const [i, step] of path.steps.entries()) {
      const last = i === path.steps.length - 1;
      await this.change(order, {
        to: step,
        actorId: who.actorId,
        restaurantOwnerId,
        reason: last ? who.reason : `${who.reason} (step implied)`,
        ...(i === driverStep && extra.driverId !== undefined ? { driverId: extra.driverId } : {}),
        ...(last && extra.estimatedDeliveryTime ? { estimatedDeliveryTime: extra.estimatedDeliveryTime } : {}),
      });
    }
    return 'moved';
  }

  /** Announces the order's current status again (an admin resuming a stuck saga). */
  async announce(order: Order, meta: Announcement): Promise<void> {
    await this.publish(announcement(order, meta));
  }

  /** The history row of the order's creation (its first status). */
  async record(orderId: string, from: OrderStatus | null, to: OrderStatus, actorId: string | null, reason: string | null = null, at: Date = this.stamp()): Promise<void> {
    await this.orders.recordHistory({ order_id: orderId, from_status: from, to_status: to, reason, actor_id: actorId, at });
  }

  private async publish(events: OrderEvent[]): Promise<void> {
    for (const e of events) {
      if (e.type === 'order.status-changed') await this.events.publish(e.type, e.payload);
      else if (e.type === 'order.cancelled') await this.events.publish(e.type, e.payload);
      else await this.events.publish(e.type, e.payload);
    }
  }

  private stamp(): Date {
    this.lastStamp = Math.max(Date.now(), this.lastStamp + 1);
    return new Date(this.lastStamp);
  }
}
