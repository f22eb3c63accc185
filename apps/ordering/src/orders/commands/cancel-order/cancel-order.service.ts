import { Injectable } from '@nestjs/common';
import { FindOptionsWhere } from 'typeorm';
import { Actor, OrderView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { OrderAccess } from '../../order-access';
import { OrderRepository } from '../../order.repository';
import { OrderStatusChanger } from '../../order-status-changer';
import { Order } from '../../order.entity';
import { loadOrderViews } from '../../order.view';
import { hashTrackingToken } from '../../tracking-token';

/**
 * The buyer cancels their order while the state machine allows it (created, confirmed, accepted: before
 * the kitchen starts); afterwards 422 INVALID_STATE_TRANSITION. Payments refunds what it captured
 * (it consumes order.cancelled).
 */
@Injectable()
export class CancelOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly statuses: OrderStatusChanger,
    private readonly access: OrderAccess,
    private readonly orders: OrderRepository,
  ) {}

  forCustomer(customer: Actor, orderId: string, reason?: string): Promise<OrderView> {
    return this.cancel({ id: orderId, customer_id: customer.user_id }, customer.user_id, reason?.trim() || 'cancelled by the customer');
  }

  /** A wrong id and a wrong token are the same 404. */
  forGuest(orderId: string, token: string, reason?: string): Promise<OrderView> {
    return this.cancel({ id: orderId, tracking_token_hash: hashTrackingToken(token) }, null, reason?.trim() || 'cancelled by the guest');
  }

  private cancel(where: FindOptionsWhere<Order>, actorId: string | null, reason: string): Promise<OrderView> {
    return this.tx.run(async () => {
      const { order, restaurant } = await this.access.forBuyer(where);
      await this.statuses.change(order, { to: 'cancelled', actorId, restaurantOwnerId: restaurant.owner_id, reason });
      const [view] = await loadOrderViews(this.orders, [await this.orders.get(order.id)]);
      return view;
    });
  }
}
