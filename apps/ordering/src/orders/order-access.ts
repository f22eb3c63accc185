import { Injectable } from '@nestjs/common';
import { FindOptionsWhere } from 'typeorm';
import { Actor, NotFoundError } from '@platter/contracts';
import { ANY_MEMBER, requireRestaurantAccess } from '@platter/service-kit';
import { RestaurantReplica } from '../replicas/restaurant-replica.entity';
import { RestaurantReplicaRepository } from '../replicas/restaurant-replica.repository';
import { OrderRepository } from './order.repository';
import { Order } from './order.entity';

/** An order locked for a move, with ordering's copy of its restaurant. */
export interface LockedOrder {
  order: Order;
  restaurant: RestaurantReplica;
}

/**
 * Every door that moves an order opens it here: the order locked FOR UPDATE in the caller's
 * transaction (so moves of one order are checked one after the other), its restaurant's copy
 * loaded, and the actor's access checked. Every order was placed against a restaurant ordering
 * knows, so a missing copy is a bug (500), the same for every door.
 */
@Injectable()
export class OrderAccess {
  constructor(
    private readonly orders: OrderRepository,
    private readonly restaurants: RestaurantReplicaRepository,
  ) {}

  /** For the restaurant's team (any member) or an admin; 404 when there is no such order, 403 for another restaurant's. */
  async forRestaurant(actor: Actor, orderId: string): Promise<LockedOrder> {
    const locked = await this.forBuyer({ id: orderId });
    requireRestaurantAccess(actor, locked.restaurant, ANY_MEMBER, { adminToo: true });
    return locked;
  }

  /** For whoever `where` already restricts it to (the buyer's id, a guest's token); 404 when none matches. */
  async forBuyer(where: FindOptionsWhere<Order>): Promise<LockedOrder> {
    const order = await this.orders.lock(where);
    if (!order) throw new NotFoundError('Order');
    return { order, restaurant: await this.restaurantOf(order) };
  }

  /** For the platform (an event, a deadline, an admin): null when there is no such order. */
  async forPlatform(orderId: string): Promise<Order | null> {
    return this.orders.lock(orderId);
  }

  async restaurantOf(order: Order): Promise<RestaurantReplica> {
    const restaurant = await this.restaurants.find(order.restaurant_id);
    if (!restaurant) throw new Error(`order ${order.id} names restaurant ${order.restaurant_id}, unknown to ordering`);
    return restaurant;
  }

  async ownerOf(order: Order): Promise<string> {
    return (await this.restaurantOf(order)).owner_id;
  }
}
