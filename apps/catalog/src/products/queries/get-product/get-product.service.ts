import { Injectable } from '@nestjs/common';
import { Actor, MenuItemListing, NotFoundError } from '@platter/contracts';
import { MenuItemRepository } from '../../../menu/menu-item.repository';
import { ProductCategories } from '../../product-categories';
import { ProductScope } from '../../product-scope';
import { toMenuItemListing } from '../../product.view';

/** One product the actor may read (NOT_FOUND for another restaurant's, as for a missing one). */
@Injectable()
export class GetProductService {
  constructor(
    private readonly scope: ProductScope,
    private readonly items: MenuItemRepository,
    private readonly categories: ProductCategories,
  ) {}

  async get(actor: Actor, id: string): Promise<MenuItemListing> {
    const restaurantId = await this.scope.readableRestaurantId(actor);
    const item = await this.items.findLive(id, restaurantId);
    if (!item) throw new NotFoundError('Product');
    const names = await this.categories.names([item.category_id]);
    return toMenuItemListing(item, item.category_id ? names.get(item.category_id) ?? null : null);
  }
}
