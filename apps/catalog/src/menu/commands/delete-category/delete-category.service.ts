import { Injectable } from '@nestjs/common';
import { Actor } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { CategoryAnnouncer } from '../../category-announcer';
import { MenuCategoryRepository } from '../../menu-category.repository';
import { MenuItemWriter } from '../../menu-item-writer';
import { MenuItemRepository } from '../../menu-item.repository';

/**
 * An owner or manager deletes a category. Its items are kept, uncategorized (deleting dishes is a
 * separate, deliberate act), and re-announced since their category and schedule changed.
 */
@Injectable()
export class DeleteCategoryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly announcer: CategoryAnnouncer,
    private readonly writer: MenuItemWriter,
    private readonly items: MenuItemRepository,
    private readonly categories: MenuCategoryRepository,
  ) {}

  async delete(actor: Actor, categoryId: string): Promise<void> {
    await this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      const category = await this.announcer.requireCategory(restaurant.id, categoryId);
      const items = await this.items.lockAllOfCategory(category.id);
      for (const item of items) {
        item.category_id = null;
        await this.items.save(item);
        if (!item.deleted_at) await this.writer.announce(item);
      }
      await this.categories.delete(category.id);
      await this.announcer.announce(category, true);
    });
  }
}
