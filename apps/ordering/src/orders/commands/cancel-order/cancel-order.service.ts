import { Injectable } from '@nestjs/common';
import { FindOptionsWhere } from 'typeorm';
import { Actor, NotFoundError, OrderView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RestaurantReplica } from '../../../replicas/restaurant-replica.entity';
import { OrderStatusChanger } from '../../order-status-changer';
import { Order } from '../../order.entity';
import { loadOrderViews } from '../../order.view';
import { hashTrackingToken } from '../../tracking-token';

/**
 * The buyer cancels their order while 000's machine allows it (created, confirmed, accepted: before
 * the kitchen starts); afterwards 422 INVALID_STATE_TRANSITION. Payments refunds what it captured
 * (it consumes order.cancelled).
 */
@Injectable()
export class CancelOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly statuses: OrderStatusChanger,
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
      const repo = this.tx.repository(Order);
      const order = await repo.findOne({ where, lock: { mode: 'pessimistic_write' } });
      if (!order) throw new NotFoundError('Order');
      const restaurant = await this.tx.repository(RestaurantReplica).findOneBy({ id: order.restaurant_id });
      if (!restaurant) throw new Error(`order ${order.id} names restaurant ${order.restaurant_id}, unknown to ordering`);
      await this.statuses.change(order, { to: 'cancelled', actorId, restaurantOwnerId: restaurant.owner_id, reason });
      const [view] = await loadOrderViews(this.tx, [await repo.findOneByOrFail({ id: order.id })]);
      return view;
    });
  }
}
