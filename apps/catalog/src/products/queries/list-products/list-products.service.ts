import { Injectable } from '@nestjs/common';
import { Actor, ListMenuItemsRequest, MenuItemListing, Page } from '@platter/contracts';
import { pageOf } from '@platter/service-kit';
import { MenuItemRepository } from '../../../menu/menu-item.repository';
import { ProductCategories } from '../../product-categories';
import { ProductScope } from '../../product-scope';
import { toMenuItemListing } from '../../product.view';

/** GET /products over the menu items (deleted ones excluded), filtered and a page at a time. */
@Injectable()
export class ListProductsService {
  constructor(
    private readonly scope: ProductScope,
    private readonly items: MenuItemRepository,
    private readonly categories: ProductCategories,
  ) {}

  async list(actor: Actor, query: ListMenuItemsRequest): Promise<Page<MenuItemListing>> {
    const restaurantId = await this.scope.readableRestaurantId(actor, query.restaurant_id);
    const [items, total] = await this.items.pageOfListing({
      restaurantId, isAvailable: query.is_available, search: query.search, categoryName: query.category_name, page: query.page, limit: query.limit,
    });
    const names = await this.categories.names(items.map((i) => i.category_id));
    return pageOf(items.map((i) => toMenuItemListing(i, i.category_id ? names.get(i.category_id) ?? null : null)), query, total);
  }
}
