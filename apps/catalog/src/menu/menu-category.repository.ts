import { Injectable } from '@nestjs/common';
import { DeepPartial, In } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { MenuCategory } from './menu-category.entity';

/** Menu categories, in the caller's transaction (TransactionHost); locks are FOR UPDATE. */
@Injectable()
export class MenuCategoryRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A new category entity (column defaults applied by TypeORM), not yet inserted. */
  create(fields: DeepPartial<MenuCategory>): MenuCategory {
    return this.tx.repository(MenuCategory).create(fields);
  }

  async insert(category: MenuCategory): Promise<void> {
    await this.tx.repository(MenuCategory).insert(category);
  }

  async save(category: MenuCategory): Promise<void> {
    await this.tx.repository(MenuCategory).save(category);
  }

  async delete(id: string): Promise<void> {
    await this.tx.repository(MenuCategory).delete({ id });
  }

  find(id: string): Promise<MenuCategory | null> {
    return this.tx.repository(MenuCategory).findOneBy({ id });
  }

  /** The restaurant's category, locked for the rest of the transaction; null when there is none. */
  lock(restaurantId: string, categoryId: string): Promise<MenuCategory | null> {
    return this.tx.repository(MenuCategory).findOne({
      where: { id: categoryId, restaurant_id: restaurantId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Every category of the restaurant, locked. */
  lockAllOfRestaurant(restaurantId: string): Promise<MenuCategory[]> {
    return this.tx.repository(MenuCategory).find({ where: { restaurant_id: restaurantId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether the category is one of the restaurant's. */
  isOfRestaurant(restaurantId: string, categoryId: string): Promise<boolean> {
    return this.tx.repository(MenuCategory).existsBy({ id: categoryId, restaurant_id: restaurantId });
  }

  /** Every category of the restaurant, in no particular order. */
  ofRestaurant(restaurantId: string): Promise<MenuCategory[]> {
    return this.tx.repository(MenuCategory).findBy({ restaurant_id: restaurantId });
  }

  /** Every category of the restaurant, in menu order. */
  inMenuOrder(restaurantId: string): Promise<MenuCategory[]> {
    return this.tx.repository(MenuCategory).find({ where: { restaurant_id: restaurantId }, order: { position: 'ASC', created_at: 'ASC' } });
  }

  /** The restaurant's category placed last, or null when it has none. */
  last(restaurantId: string): Promise<MenuCategory | null> {
    return this.tx.repository(MenuCategory).findOne({ where: { restaurant_id: restaurantId }, order: { position: 'DESC' } });
  }

  /** The restaurant's category with this name, case aside (the name is trimmed); null when none. */
  findByName(restaurantId: string, name: string): Promise<MenuCategory | null> {
    return this.tx.repository(MenuCategory)
      .createQueryBuilder('c')
      .where('c.restaurant_id = :restaurantId AND lower(c.name) = lower(:name)', { restaurantId, name: name.trim() })
      .getOne();
  }

  findByIds(ids: readonly string[]): Promise<MenuCategory[]> {
    return this.tx.repository(MenuCategory).findBy({ id: In([...ids]) });
  }
}
