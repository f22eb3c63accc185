import { Injectable } from '@nestjs/common';
import { DeepPartial, FindOptionsWhere, In, IsNull } from 'typeorm';
import { TransactionHost, updateIfNewer } from '@platter/persistence';
import { ItemVariant } from './item-variant.entity';
import { MenuItem } from './menu-item.entity';
import { ModifierGroup } from './modifier-group.entity';
import { ModifierOption } from './modifier-option.entity';

/** A modifier group to insert with its options, in display order. */
export interface NewModifierGroup {
  group: ModifierGroup;
  options: ModifierOption[];
}

/** Which of a restaurant's live items a bulk change selects: these ids, this category, or all of them. */
export interface LiveItemSelection {
  ids?: readonly string[];
  categoryId?: string;
}

/** The /products list's filters; a null restaurant means every restaurant's items (admins). */
export interface ItemListingFilter {
  restaurantId: string | null;
  isAvailable?: boolean;
  search?: string;
  categoryName?: string;
  page: number;
  limit: number;
}

/**
 * Menu items with their variants, modifier groups and modifier options (the item's children), in
 * the caller's transaction (TransactionHost). "Live" means not deleted; locks are FOR UPDATE, so
 * edits of one item are applied one after the other.
 */
@Injectable()
export class MenuItemRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A new item entity (column defaults applied by TypeORM), not yet inserted. */
  create(fields: DeepPartial<MenuItem>): MenuItem {
    return this.tx.repository(MenuItem).create(fields);
  }

  async insert(item: MenuItem): Promise<void> {
    await this.tx.repository(MenuItem).insert(item);
  }

  async save(item: MenuItem): Promise<void> {
    await this.tx.repository(MenuItem).save(item);
  }

  get(id: string): Promise<MenuItem> {
    return this.tx.repository(MenuItem).findOneByOrFail({ id });
  }

  /** The live item, of `restaurantId` when one is given; null otherwise. Unlocked. */
  findLive(id: string, restaurantId: string | null): Promise<MenuItem | null> {
    return this.tx.repository(MenuItem).findOneBy({ id, deleted_at: IsNull(), ...(restaurantId ? { restaurant_id: restaurantId } : {}) });
  }

  /** The restaurant's live item, locked for the rest of the transaction; null when there is none. */
  lockLive(restaurantId: string, itemId: string): Promise<MenuItem | null> {
    return this.tx.repository(MenuItem).findOne({
      where: { id: itemId, restaurant_id: restaurantId, deleted_at: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The category's live items, locked. */
  lockLiveOfCategory(categoryId: string): Promise<MenuItem[]> {
    return this.tx.repository(MenuItem).find({ where: { category_id: categoryId, deleted_at: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  /** Every item of the category, deleted ones included, locked. */
  lockAllOfCategory(categoryId: string): Promise<MenuItem[]> {
    return this.tx.repository(MenuItem).find({ where: { category_id: categoryId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The restaurant's live items the selection names, locked, by id. */
  lockLiveSelection(restaurantId: string, selection: LiveItemSelection): Promise<MenuItem[]> {
    const where: FindOptionsWhere<MenuItem> = { restaurant_id: restaurantId, deleted_at: IsNull() };
    return this.tx.repository(MenuItem).find({
      where: selection.ids ? { ...where, id: In([...selection.ids]) } : selection.categoryId ? { ...where, category_id: selection.categoryId } : where,
      lock: { mode: 'pessimistic_write' },
      order: { id: 'ASC' },
    });
  }

  /** The restaurant's live items, by name. */
  liveOfRestaurant(restaurantId: string): Promise<MenuItem[]> {
    return this.tx.repository(MenuItem).find({ where: { restaurant_id: restaurantId, deleted_at: IsNull() }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** A page of live items matching the filter, by name, with how many match. */
  pageOfListing(filter: ItemListingFilter): Promise<[MenuItem[], number]> {
    const qb = this.tx.repository(MenuItem).createQueryBuilder('i').where('i.deleted_at IS NULL');
    if (filter.restaurantId) qb.andWhere('i.restaurant_id = :restaurantId', { restaurantId: filter.restaurantId });
    if (filter.isAvailable !== undefined) qb.andWhere('i.is_available = :active', { active: filter.isAvailable });
    if (filter.search) qb.andWhere(`i.name ILIKE :search ESCAPE '\\'`, { search: `%${filter.search.replace(/[\\%_]/g, '\\$&')}%` });
    if (filter.categoryName) {
      qb.andWhere('i.category_id IN (SELECT c.id FROM menu_categories c WHERE c.restaurant_id = i.restaurant_id AND lower(c.name) = lower(:category))', {
        category: filter.categoryName.trim(),
      });
    }
    return qb.orderBy('i.name', 'ASC').addOrderBy('i.id', 'ASC')
      .skip((filter.page - 1) * filter.limit).take(filter.limit).getManyAndCount();
  }

  /**
   * Counts `units` more ordered and, when the item's stock is counted, takes them from it (never
   * below zero); the stock and availability after, or null when the item is not the restaurant's.
   */
  async recordOrdered(itemId: string, restaurantId: string, units: number): Promise<{ stock_quantity: number | null; is_available: boolean } | null> {
    // Raw SQL, as it was: on the order.created path (docs/benchmarks.md), and the builder's update would also stamp updated_at.
    const [rows]: [Array<{ stock_quantity: number | null; is_available: boolean }>, number] = await this.tx.manager.query(
      `UPDATE menu_items
          SET order_count = order_count + $2,
              stock_quantity = CASE WHEN stock_quantity IS NULL THEN NULL ELSE GREATEST(stock_quantity - $2, 0) END
        WHERE id = $1 AND restaurant_id = $3
        RETURNING stock_quantity, is_available`,
      [itemId, units, restaurantId],
    );
    return rows[0] ?? null;
  }

  /**
   * Switches a sold-out item off, as decided at `at` (the order's time), unless a newer decision on
   * its availability was applied already; an item already off records the decision too, or an older
   * 86 arriving after it would switch it back on. False when nothing moved.
   */
  markSoldOut(itemId: string, at: Date): Promise<boolean> {
    return this.setAvailabilityIfNewer(itemId, false, at);
  }

  /** The item's availability as decided at `at`, unless a newer decision is recorded. False when nothing moved. */
  setAvailabilityIfNewer(itemId: string, available: boolean, at: Date): Promise<boolean> {
    return updateIfNewer(this.tx.manager, MenuItem, { id: itemId }, { is_available: available, availability_changed_at: at }, { clock: 'availability_changed_at' });
  }

  /** Replaces the item's variants with these (none: the item has no variants). */
  async replaceVariants(itemId: string, variants: ItemVariant[]): Promise<void> {
    const repo = this.tx.repository(ItemVariant);
    await repo.delete({ item_id: itemId });
    if (variants.length) await repo.insert(variants);
  }

  /** Replaces the item's modifier groups (and so their options) with these. */
  async replaceModifierGroups(itemId: string, groups: readonly NewModifierGroup[]): Promise<void> {
    const repo = this.tx.repository(ModifierGroup);
    await repo.delete({ item_id: itemId }); // options go with their group (ON DELETE CASCADE)
    for (const { group, options } of groups) {
      await repo.insert(group);
      await this.tx.repository(ModifierOption).insert(options);
    }
  }

  /** The items' variants, in display order. */
  variantsOf(itemIds: readonly string[]): Promise<ItemVariant[]> {
    return this.tx.repository(ItemVariant).find({ where: { item_id: In([...itemIds]) }, order: { position: 'ASC' } });
  }

  /** One item's variants. */
  variantsOfItem(itemId: string): Promise<ItemVariant[]> {
    return this.tx.repository(ItemVariant).findBy({ item_id: itemId });
  }

  /** The prices of the items' variants. */
  variantPricesOf(itemIds: readonly string[]): Promise<Array<{ price: number }>> {
    return this.tx.repository(ItemVariant).find({ select: { price: true }, where: { item_id: In([...itemIds]) } });
  }

  async setVariantPrice(variantId: string, price: number): Promise<void> {
    await this.tx.repository(ItemVariant).update({ id: variantId }, { price });
  }

  /** The items' modifier groups, in display order. */
  modifierGroupsOf(itemIds: readonly string[]): Promise<ModifierGroup[]> {
    return this.tx.repository(ModifierGroup).find({ where: { item_id: In([...itemIds]) }, order: { position: 'ASC' } });
  }

  /** The groups' options, in display order. */
  modifierOptionsOf(groupIds: readonly string[]): Promise<ModifierOption[]> {
    return this.tx.repository(ModifierOption).find({ where: { group_id: In([...groupIds]) }, order: { position: 'ASC' } });
  }

  /** Whether anything is priced on the restaurant's menu (deleted items included: their prices are in its currency). */
  hasMenuItems(restaurantId: string): Promise<boolean> {
    return this.tx.repository(MenuItem).existsBy({ restaurant_id: restaurantId });
  }

  /**
   * Every item of the restaurant's menu, oldest first, locked: the snapshot announced when it is
   * approved, so a concurrent price change is announced after it, never under it.
   */
  lockMenuItems(restaurantId: string): Promise<MenuItem[]> {
    return this.tx.repository(MenuItem).find({ where: { restaurant_id: restaurantId }, order: { created_at: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }
}
