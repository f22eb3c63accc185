import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError, OrderStatus, OrderView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER, requireRestaurantAccess } from '@platter/service-kit';
import { RestaurantReplica } from '../../../replicas/restaurant-replica.entity';
import { OrderStatusChanger } from '../../order-status-changer';
import { Order } from '../../order.entity';
import { loadOrderViews } from '../../order.view';
import { pathTo } from '../../saga/saga-path';

/** The restaurant (its owner or team, or an admin) moves one of its orders along the state machine. */
@Injectable()
export class MoveOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly statuses: OrderStatusChanger,
  ) {}

  async move(actor: Actor, orderId: string, to: OrderStatus, reason?: string): Promise<OrderView> {
    return this.tx.run(async () => {
      const repo = this.tx.repository(Order);
      // Locked so two concurrent moves of one order are checked one after the other.
      const order = await repo.findOne({ where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
      if (!order) throw new NotFoundError('Order');
      const restaurant = await this.tx.repository(RestaurantReplica).findOneBy({ id: order.restaurant_id });
      // Every order was placed against a known restaurant; its absence is a bug, not a client error.
      if (!restaurant) throw new Error(`order ${order.id} names restaurant ${order.restaurant_id}, unknown to ordering`);
      requireRestaurantAccess(actor, restaurant, ANY_MEMBER, { adminToo: true });
      // The kitchen's ticket moves orders to preparing and ready too: pressing the button after it did is no error.
      const kitchenStep = to === 'preparing' || to === 'ready';
      if (!(kitchenStep && pathTo(order.status, to, order.delivery_type).kind === 'already')) {
        await this.statuses.change(order, { to, actorId: actor.user_id, restaurantOwnerId: restaurant.owner_id, reason: reason ?? null });
      }
      const [view] = await loadOrderViews(this.tx, [await repo.findOneByOrFail({ id: orderId })]);
      return view;
    });
  }
}
