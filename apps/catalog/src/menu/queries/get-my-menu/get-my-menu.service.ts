import { Injectable } from '@nestjs/common';
import { Actor, RestaurantMenu } from '@platter/contracts';
import { ANY_MEMBER } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { MenuCategoryRepository } from '../../menu-category.repository';
import { MenuItem } from '../../menu-item.entity';
import { MenuItemWriter } from '../../menu-item-writer';
import { MenuItemRepository } from '../../menu-item.repository';
import { NO_DETAILS, toCategoryView, toMenuItemView } from '../../menu.views';

/** The whole menu as the restaurant's team edits it: unavailable items included, deleted ones not. */
@Injectable()
export class GetMyMenuService {
  constructor(
    private readonly actingRestaurants: ActingRestaurants,
    private readonly writer: MenuItemWriter,
    private readonly categories: MenuCategoryRepository,
    private readonly items: MenuItemRepository,
  ) {}

  async menuOf(actor: Actor): Promise<RestaurantMenu> {
    const restaurant = await this.actingRestaurants.find(actor, ANY_MEMBER);
    const [categories, items] = await Promise.all([
      this.categories.inMenuOrder(restaurant.id),
      this.items.liveOfRestaurant(restaurant.id),
    ]);
    const details = await this.writer.details(items.map((i) => i.id));
    const view = (i: MenuItem) => toMenuItemView(i, details.get(i.id) ?? NO_DETAILS);
    return {
      categories: categories.map((c) => ({ ...toCategoryView(c), items: items.filter((i) => i.category_id === c.id).map(view) })),
      uncategorized: items.filter((i) => i.category_id === null).map(view),
    };
  }
}
