import { Injectable } from '@nestjs/common';
import { Actor, CategoryView, ReorderCategoriesRequest, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { CategoryAnnouncer } from '../../category-announcer';
import { MenuCategory } from '../../menu-category.entity';
import { MenuCategoryRepository } from '../../menu-category.repository';
import { toCategoryView } from '../../menu.views';

/** An owner or manager puts every category of the menu in a new order (the list must name each exactly once). */
@Injectable()
export class ReorderCategoriesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly announcer: CategoryAnnouncer,
    private readonly categories: MenuCategoryRepository,
  ) {}

  async reorder(actor: Actor, data: ReorderCategoriesRequest): Promise<CategoryView[]> {
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      const existing = await this.categories.lockAllOfRestaurant(restaurant.id);
      const byId = new Map(existing.map((c) => [c.id, c]));
      const unknown = data.category_ids.filter((id) => !byId.has(id));
      if (unknown.length || data.category_ids.length !== existing.length) {
        throw new ValidationFailedError([{
          field: 'category_ids',
          message: unknown.length ? `not categories of your restaurant: ${unknown.join(', ')}` : 'category_ids must list every category of your menu once',
        }]);
      }
      const ordered = data.category_ids.map((id) => byId.get(id) as MenuCategory);
      for (const [position, category] of ordered.entries()) {
        if (category.position === position) continue;
        category.position = position;
        await this.categories.save(category);
        await this.announcer.announce(category);
      }
      return ordered.map(toCategoryView);
    });
  }
}
