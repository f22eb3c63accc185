import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { CreateCategoryService } from '../menu/commands/create-category/create-category.service';
import { MenuCategory } from '../menu/menu-category.entity';

/** The /products routes name a product's category by name; the menu keeps categories by id. */
@Injectable()
export class ProductCategories {
  constructor(
    private readonly tx: TransactionHost,
    private readonly createCategory: CreateCategoryService,
  ) {}

  /** The id of the restaurant's category with this name (case aside), created when there is none. */
  async idFor(restaurantId: string, name: string): Promise<string> {
    const found = await this.tx.repository(MenuCategory)
      .createQueryBuilder('c')
      .where('c.restaurant_id = :restaurantId AND lower(c.name) = lower(:name)', { restaurantId, name: name.trim() })
      .getOne();
    return found ? found.id : (await this.createCategory.insert(restaurantId, { name })).id;
  }

  async names(categoryIds: ReadonlyArray<string | null>): Promise<Map<string, string>> {
    const ids = [...new Set(categoryIds.filter((id): id is string => id !== null))];
    if (!ids.length) return new Map();
    const rows = await this.tx.repository(MenuCategory).findBy({ id: In(ids) });
    return new Map(rows.map((c) => [c.id, c.name]));
  }
}
