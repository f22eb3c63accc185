import { Injectable } from '@nestjs/common';
import { Actor, MenuItemListing, NamedCategoryItemRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { MenuItemWriter } from '../../../menu/menu-item-writer';
import { MenuItemRepository } from '../../../menu/menu-item.repository';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { ProductCategories } from '../../product-categories';
import { toMenuItemListing } from '../../product.view';

/** PUT /products/:id: changes only the fields given; imageUrl replaces the item's first image. */
@Injectable()
export class UpdateProductService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly items: MenuItemRepository,
    private readonly writer: MenuItemWriter,
    private readonly categories: ProductCategories,
  ) {}

  async update(actor: Actor, id: string, data: NamedCategoryItemRequest): Promise<MenuItemListing> {
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      const item = await this.writer.requireItem(restaurant.id, id);
      if (data.name !== undefined) item.name = data.name.trim();
      if (data.description !== undefined) item.description = data.description;
      if (data.price !== undefined) item.price = data.price;
      if (data.is_available !== undefined) item.is_available = data.is_available;
      if (data.stock_quantity !== undefined) item.stock_quantity = data.stock_quantity;
      if (data.main_image !== undefined) item.images = data.main_image ? [data.main_image, ...item.images.slice(1)] : item.images.slice(1);
      if (data.category_name !== undefined) item.category_id = data.category_name ? await this.categories.idFor(restaurant.id, data.category_name) : null;
      await this.items.save(item);
      await this.writer.announce(item);
      const names = await this.categories.names([item.category_id]);
      return toMenuItemListing(item, item.category_id ? names.get(item.category_id) ?? null : null);
    });
  }
}
