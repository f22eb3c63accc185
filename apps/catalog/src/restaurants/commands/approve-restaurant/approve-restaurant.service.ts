import { Injectable } from '@nestjs/common';
import { RestaurantView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MenuItemRepository } from '../../../menu/menu-item.repository';
import { RestaurantRepository } from '../../restaurant.repository';
import { applyRestaurantMove } from '../review-restaurant/apply-restaurant-move';

/** An admin approves a pending restaurant: it goes public and other services learn about it. */
@Injectable()
export class ApproveRestaurantService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly restaurants: RestaurantRepository,
    private readonly menuItems: MenuItemRepository,
    private readonly events: EventPublisher,
  ) {}

  async approve(id: string, reviewerId: string | null = null): Promise<RestaurantView> {
    return applyRestaurantMove(this.tx, this.restaurants, this.menuItems, this.events, { id, move: 'approve', reviewerId });
  }
}
