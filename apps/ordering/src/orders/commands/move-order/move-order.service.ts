import { Injectable } from '@nestjs/common';
import { Actor, OrderStatus, OrderView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { cookingStepAlreadyTaken } from '../../domain/order-path';
import { OrderAccess } from '../../order-access';
import { OrderRepository } from '../../order.repository';
import { OrderStatusChanger } from '../../order-status-changer';
import { loadOrderViews } from '../../order.view';

/** The restaurant (its owner or team, or an admin) moves one of its orders along the state machine. */
@Injectable()
export class MoveOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly statuses: OrderStatusChanger,
    private readonly access: OrderAccess = new OrderAccess(tx),
    private readonly orders: OrderRepository = new OrderRepository(tx),
  ) {}

  async move(actor: Actor, orderId: string, to: OrderStatus, reason?: string): Promise<OrderView> {
    return this.tx.run(async () => {
      const { order, restaurant } = await this.access.forRestaurant(actor, orderId);
      if (!cookingStepAlreadyTaken(order, to)) {
        await this.statuses.change(order, { to, actorId: actor.user_id, restaurantOwnerId: restaurant.owner_id, reason: reason ?? null });
      }
      const [view] = await loadOrderViews(this.tx, [await this.orders.get(orderId)]);
      return view;
    });
  }
}
