import { Injectable } from '@nestjs/common';
import { Actor } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { findActingRestaurant } from '../../../restaurants/acting-restaurant';
import { CategoryAnnouncer } from '../../category-announcer';
import { MenuCategory } from '../../menu-category.entity';
import { MenuItem } from '../../menu-item.entity';
import { MenuItemWriter } from '../../menu-item-writer';

/**
 * An owner or manager deletes a category. Its items are kept, uncategorized (deleting dishes is a
 * separate, deliberate act), and re-announced since their category and schedule changed.
 */
@Injectable()
export class DeleteCategoryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly categories: CategoryAnnouncer,
    private readonly writer: MenuItemWriter,
  ) {}

  async delete(actor: Actor, categoryId: string): Promise<void> {
    await this.tx.run(async () => {
      const restaurant = await findActingRestaurant(this.tx, actor, MANAGERS);
      const category = await this.categories.requireCategory(restaurant.id, categoryId);
      const items = await this.tx.repository(MenuItem).find({ where: { category_id: category.id }, lock: { mode: 'pessimistic_write' } });
      for (const item of items) {
        item.category_id = null;
        await this.tx.repository(MenuItem).save(item);
        if (!item.deleted_at) await this.writer.announce(item);
      }
      await this.tx.repository(MenuCategory).delete({ id: category.id });
      await this.categories.announce(category, true);
    });
  }
}
