import { Injectable } from '@nestjs/common';
import { Actor, OrderStatus, OrderView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { cookingStepAlreadyTaken } from '../../domain/order-path';
import { assertTransition } from '../../domain/order-state-machine';
import { OrderAccess } from '../../order-access';
import { OrderRepository } from '../../order.repository';
import { OrderStatusChanger } from '../../order-status-changer';
import { loadOrderViews } from '../../order.view';
import { FollowTicketService } from '../follow-ticket/follow-ticket.service';
import { CookingStep, KitchenTickets } from './kitchen-tickets';

/**
 * The restaurant (its owner or team, or an admin) moves one of its orders along the state machine.
 * Preparing and ready are cooking progress, which kitchen alone writes: the order's ticket is moved
 * there, and the order follows the ticket through the same code as kitchen's ticket.status-changed
 * (so that event, arriving later, changes nothing).
 */
@Injectable()
export class MoveOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly statuses: OrderStatusChanger,
    private readonly kitchen: KitchenTickets,
    private readonly followTicket: FollowTicketService,
    private readonly access: OrderAccess,
    private readonly orders: OrderRepository,
  ) {}

  async move(actor: Actor, orderId: string, to: OrderStatus, reason?: string): Promise<OrderView> {
    if (to === 'preparing' || to === 'ready') return this.cook(actor, orderId, to);
    return this.tx.run(async () => {
      const { order, restaurant } = await this.access.forRestaurant(actor, orderId);
      await this.statuses.change(order, { to, actorId: actor.user_id, restaurantOwnerId: restaurant.owner_id, reason: reason ?? null });
      return this.view(orderId);
    });
  }

  private async cook(actor: Actor, orderId: string, to: CookingStep): Promise<OrderView> {
    // Checked first, so kitchen is only asked for a move the state machine allows (pressing the button
    // after the kitchen's ticket already got there is no error, and asks nothing).
    const ask = await this.tx.run(async () => {
      const { order } = await this.access.forRestaurant(actor, orderId);
      if (cookingStepAlreadyTaken(order, to)) return false;
      assertTransition(order.status, to, order.delivery_type);
      return true;
    });
    if (ask) await this.followTicket.apply(await this.kitchen.moveForOrder(actor, orderId, to), actor);
    return this.tx.run(() => this.view(orderId));
  }

  private async view(orderId: string): Promise<OrderView> {
    const [view] = await loadOrderViews(this.orders, [await this.orders.get(orderId)]);
    return view;
  }
}
