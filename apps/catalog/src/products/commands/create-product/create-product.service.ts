import { Injectable } from '@nestjs/common';
import { Actor, CreateNamedCategoryItemRequest, MenuItemListing } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { CreateMenuItemService } from '../../../menu/commands/create-item/create-menu-item.service';
import { MenuItemRepository } from '../../../menu/menu-item.repository';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { ProductCategories } from '../../product-categories';
import { toMenuItemListing } from '../../product.view';

/** POST /products: a menu item created (and announced) like any other. */
@Injectable()
export class CreateProductService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly createItem: CreateMenuItemService,
    private readonly items: MenuItemRepository,
    private readonly categories: ProductCategories,
  ) {}

  async create(actor: Actor, data: CreateNamedCategoryItemRequest): Promise<MenuItemListing> {
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      const categoryId = data.category_name ? await this.categories.idFor(restaurant.id, data.category_name) : undefined;
      const created = await this.createItem.insert(restaurant, {
        name: data.name,
        price: data.price,
        category_id: categoryId,
        description: data.description,
        is_available: data.is_available,
        stock_quantity: data.stock_quantity ?? null,
        images: data.main_image ? [data.main_image] : [],
      });
      const item = await this.items.get(created.id);
      return toMenuItemListing(item, data.category_name ? data.category_name.trim() : null);
    });
  }
}
