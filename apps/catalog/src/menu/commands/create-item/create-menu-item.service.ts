import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, MenuItemView, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { findActingRestaurant } from '../../../restaurants/acting-restaurant';
import { MenuCategory } from '../../menu-category.entity';
import { MenuItem } from '../../menu-item.entity';
import { toMenuItemChanged, toMenuItemView } from '../../menu.views';
import { CreateMenuItemRequest } from './create-menu-item.request';

/** An owner adds an item to their menu, priced in the restaurant's currency. */
@Injectable()
export class CreateMenuItemService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
  ) {}

  async create(owner: Actor, data: CreateMenuItemRequest): Promise<MenuItemView> {
    return this.tx.run(async () => {
      const restaurant = await findActingRestaurant(this.tx, owner, MANAGERS);
      if (data.category_id) {
        const ownCategory = await this.tx.repository(MenuCategory).existsBy({ id: data.category_id, restaurant_id: restaurant.id });
        if (!ownCategory) {
          throw new ValidationFailedError([{ field: 'category_id', message: 'category_id must be a category of your restaurant' }]);
        }
      }
      const repo = this.tx.repository(MenuItem);
      const item = repo.create({
        id: randomUUID(),
        restaurant_id: restaurant.id,
        category_id: data.category_id ?? null,
        name: data.name.trim(),
        description: data.description ?? null,
        price: data.price,
        currency: restaurant.currency,
        is_available: data.is_available ?? true,
        order_count: 0,
        deleted_at: null,
      });
      await repo.insert(item);
      await this.events.publish('menu.item-changed', toMenuItemChanged(item));
      return toMenuItemView(item);
    });
  }
}
