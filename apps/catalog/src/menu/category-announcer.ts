import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { NotFoundError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MenuCategory } from './menu-category.entity';
import { MenuItem } from './menu-item.entity';
import { MenuItemWriter } from './menu-item-writer';

/** Category lookups and announcements shared by the category commands. */
@Injectable()
export class CategoryAnnouncer {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly writer: MenuItemWriter,
  ) {}

  async requireCategory(restaurantId: string, categoryId: string): Promise<MenuCategory> {
    const category = await this.tx.repository(MenuCategory).findOne({
      where: { id: categoryId, restaurant_id: restaurantId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!category) throw new NotFoundError('Menu category');
    return category;
  }

  async announce(category: MenuCategory, deleted = false): Promise<void> {
    await this.events.publish('menu.category-changed', {
      category_id: category.id, restaurant_id: category.restaurant_id, name: category.name, position: category.position, deleted,
    });
  }

  /** Re-announces the category's items, whose effective schedule (or category) just changed. */
  async announceItemsOf(categoryId: string): Promise<void> {
    // Locked like an item edit: a concurrent price change or 86 is announced after, never under, this snapshot.
    const items = await this.tx.repository(MenuItem).find({ where: { category_id: categoryId, deleted_at: IsNull() }, lock: { mode: 'pessimistic_write' } });
    for (const item of items) await this.writer.announce(item);
  }
}
