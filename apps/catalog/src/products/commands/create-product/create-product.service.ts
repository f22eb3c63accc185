import { Injectable } from '@nestjs/common';
import { Actor, CreateProductRequest, ProductView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { CreateMenuItemService } from '../../../menu/commands/create-item/create-menu-item.service';
import { MenuItem } from '../../../menu/menu-item.entity';
import { findActingRestaurant } from '../../../restaurants/acting-restaurant';
import { ProductCategories } from '../../product-categories';
import { toProductView } from '../../product.view';

/** POST /products: a menu item created (and announced) like any other. */
@Injectable()
export class CreateProductService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly createItem: CreateMenuItemService,
    private readonly categories: ProductCategories,
  ) {}

  async create(actor: Actor, data: CreateProductRequest): Promise<ProductView> {
    return this.tx.run(async () => {
      const restaurant = await findActingRestaurant(this.tx, actor, MANAGERS);
      const categoryId = data.category ? await this.categories.idFor(restaurant.id, data.category) : undefined;
      const created = await this.createItem.insert(restaurant, {
        name: data.name,
        price: data.price,
        category_id: categoryId,
        description: data.description,
        is_available: data.isActive,
        stock_quantity: data.stockQuantity ?? null,
        images: data.imageUrl ? [data.imageUrl] : [],
      });
      const item = await this.tx.repository(MenuItem).findOneByOrFail({ id: created.id });
      return toProductView(item, data.category ? data.category.trim() : null);
    });
  }
}
