import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { MenuCategory } from './menu-category.entity';
import { MenuCategoryRepository } from './menu-category.repository';
import { MenuItemWriter } from './menu-item-writer';
import { MenuItemRepository } from './menu-item.repository';

/** Category lookups and announcements shared by the category commands. */
@Injectable()
export class CategoryAnnouncer {
  constructor(
    private readonly categories: MenuCategoryRepository,
    private readonly items: MenuItemRepository,
    private readonly events: EventPublisher,
    private readonly writer: MenuItemWriter,
  ) {}

  async requireCategory(restaurantId: string, categoryId: string): Promise<MenuCategory> {
    const category = await this.categories.lock(restaurantId, categoryId);
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
    const items = await this.items.lockLiveOfCategory(categoryId);
    for (const item of items) await this.writer.announce(item);
  }
}
