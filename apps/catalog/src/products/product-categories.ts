import { Injectable } from '@nestjs/common';
import { CreateCategoryService } from '../menu/commands/create-category/create-category.service';
import { MenuCategoryRepository } from '../menu/menu-category.repository';

/** The /products routes name a product's category by name; the menu keeps categories by id. */
@Injectable()
export class ProductCategories {
  constructor(
    private readonly categories: MenuCategoryRepository,
    private readonly createCategory: CreateCategoryService,
  ) {}

  /** The id of the restaurant's category with this name (case aside), created when there is none. */
  async idFor(restaurantId: string, name: string): Promise<string> {
    const found = await this.categories.findByName(restaurantId, name);
    return found ? found.id : (await this.createCategory.insert(restaurantId, { name })).id;
  }

  async names(categoryIds: ReadonlyArray<string | null>): Promise<Map<string, string>> {
    const ids = [...new Set(categoryIds.filter((id): id is string => id !== null))];
    if (!ids.length) return new Map();
    const rows = await this.categories.findByIds(ids);
    return new Map(rows.map((c) => [c.id, c.name]));
  }
}
