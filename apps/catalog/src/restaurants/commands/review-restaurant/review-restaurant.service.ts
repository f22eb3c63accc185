import { Injectable } from '@nestjs/common';
import { Actor, RestaurantView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../acting-restaurant';
import { MenuItemRepository } from '../../../menu/menu-item.repository';
import { RestaurantRepository } from '../../restaurant.repository';
import { applyRestaurantMove } from './apply-restaurant-move';

/** An admin rejects, suspends or reinstates a restaurant; its owner re-applies after a rejection. */
@Injectable()
export class ReviewRestaurantService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly restaurants: RestaurantRepository,
    private readonly menuItems: MenuItemRepository,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly events: EventPublisher,
  ) {}

  reject(id: string, admin: Actor, reason: string): Promise<RestaurantView> {
    return applyRestaurantMove(this.tx, this.restaurants, this.menuItems, this.events, { id, move: 'reject', reviewerId: admin.user_id, reason: reason.trim() });
  }

  suspend(id: string, admin: Actor, reason: string): Promise<RestaurantView> {
    return applyRestaurantMove(this.tx, this.restaurants, this.menuItems, this.events, { id, move: 'suspend', reviewerId: admin.user_id, reason: reason.trim() });
  }

  reinstate(id: string, admin: Actor): Promise<RestaurantView> {
    return applyRestaurantMove(this.tx, this.restaurants, this.menuItems, this.events, { id, move: 'reinstate', reviewerId: admin.user_id });
  }

  /** The owner (or a manager) asks for a new review once they fixed what the admin rejected. */
  async reapply(actor: Actor): Promise<RestaurantView> {
    const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
    return applyRestaurantMove(this.tx, this.restaurants, this.menuItems, this.events, { id: restaurant.id, move: 'reapply', reviewerId: null });
  }
}
