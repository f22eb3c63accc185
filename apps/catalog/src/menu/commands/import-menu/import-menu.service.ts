import { Injectable } from '@nestjs/common';
import { Actor, ImportMenuRequest, MenuImportResult, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { importErrors } from '../../domain/menu-rules';
import { MenuCategoryRepository } from '../../menu-category.repository';
import { CreateCategoryService } from '../create-category/create-category.service';
import { CreateMenuItemService } from '../create-item/create-menu-item.service';

/**
 * An owner or manager loads a whole menu at once, in one transaction: every row is checked before
 * anything is written, and any failure leaves the menu as it was. Items are added; a category whose
 * name the menu already has (case aside) receives them instead of being created twice.
 */
@Injectable()
export class ImportMenuService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly categories: MenuCategoryRepository,
    private readonly createCategory: CreateCategoryService,
    private readonly createItem: CreateMenuItemService,
  ) {}

  async import(actor: Actor, data: ImportMenuRequest): Promise<MenuImportResult> {
    const errors = importErrors(data);
    if (errors.length) throw new ValidationFailedError(errors, 'Nothing imported: some rows are invalid');
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      const existing = await this.categories.ofRestaurant(restaurant.id);
      const byName = new Map(existing.map((c) => [c.name.trim().toLowerCase(), c.id]));
      const result: MenuImportResult = { categories_created: 0, items_created: 0 };
      for (const category of data.categories) {
        let categoryId = byName.get(category.name.trim().toLowerCase());
        if (!categoryId) {
          categoryId = (await this.createCategory.insert(restaurant.id, category)).id;
          result.categories_created += 1;
        }
        for (const item of category.items) {
          await this.createItem.insert(restaurant, Object.assign(item, { category_id: categoryId }));
          result.items_created += 1;
        }
      }
      return result;
    });
  }
}
