import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderStatus } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { assertTransition } from './order-state-machine';
import { OrderStatusHistory } from './order-status-history.entity';
import { Order } from './order.entity';

export interface StatusChange {
  to: OrderStatus;
  /** Who moved it; null when the platform did (e.g. a cash order confirmed at once). */
  actorId: string | null;
  restaurantOwnerId: string;
  reason?: string | null;
}

/** The one way an order's status moves: checked by the state machine, recorded, announced. */
@Injectable()
export class OrderStatusChanger {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
  ) {}

  /** Runs in the caller's transaction, on an order it has locked or just created. */
  async change(order: Order, change: StatusChange): Promise<void> {
    const from = order.status;
    assertTransition(from, change.to, order.delivery_type);
    await this.tx.repository(Order).update({ id: order.id }, { status: change.to });
    order.status = change.to;
    await this.record(order.id, from, change.to, change.actorId, change.reason ?? null);
    await this.events.publish('order.status-changed', {
      order_id: order.id,
      order_number: order.order_number,
      restaurant_id: order.restaurant_id,
      restaurant_owner_id: change.restaurantOwnerId,
      customer_id: order.customer_id,
      from,
      to: change.to,
      ...(change.reason ? { reason: change.reason } : {}),
    });
    if (change.to === 'cancelled') {
      await this.events.publish('order.cancelled', {
        order_id: order.id,
        order_number: order.order_number,
        restaurant_id: order.restaurant_id,
        restaurant_owner_id: change.restaurantOwnerId,
        customer_id: order.customer_id,
        from,
        ...(change.reason ? { reason: change.reason } : {}),
      });
    }
  }

  async record(orderId: string, from: OrderStatus | null, to: OrderStatus, actorId: string | null, reason: string | null = null): Promise<void> {
    await this.tx.repository(OrderStatusHistory).insert({ id: randomUUID(), order_id: orderId, from_status: from, to_status: to, reason, actor_id: actorId });
  }
}
