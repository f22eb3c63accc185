import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ListMenuItemsData, ListMenuItemsRequest, MenuItemListing, Page, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { pageOf, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { MenuItem } from '../../../menu/menu-item.entity';
import { ProductCategories } from '../../product-categories';
import { readableRestaurantId } from '../../product-scope';
import { toMenuItemListing } from '../../product.view';

/** GET /products over the menu items (deleted ones excluded), filtered and a page at a time. */
@Controller()
export class ListProductsRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly categories: ProductCategories,
  ) {}

  @RpcEndpoint(RPC.catalog.listProducts)
  async handle(@Payload() req: RpcRequest<Partial<ListMenuItemsData>>): Promise<Page<MenuItemListing>> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const query = validData(ListMenuItemsRequest, req.data);
    const restaurantId = await readableRestaurantId(this.tx, actor, query.restaurant_id);
    const qb = this.tx.repository(MenuItem).createQueryBuilder('i').where('i.deleted_at IS NULL');
    if (restaurantId) qb.andWhere('i.restaurant_id = :restaurantId', { restaurantId });
    if (query.is_available !== undefined) qb.andWhere('i.is_available = :active', { active: query.is_available });
    if (query.search) qb.andWhere(`i.name ILIKE :search ESCAPE '\\'`, { search: `%${query.search.replace(/[\\%_]/g, '\\$&')}%` });
    if (query.category_name) {
      qb.andWhere('i.category_id IN (SELECT c.id FROM menu_categories c WHERE c.restaurant_id = i.restaurant_id AND lower(c.name) = lower(:category))', {
        category: query.category_name.trim(),
      });
    }
    const [items, total] = await qb.orderBy('i.name', 'ASC').addOrderBy('i.id', 'ASC')
      .skip((query.page - 1) * query.limit).take(query.limit).getManyAndCount();
    const names = await this.categories.names(items.map((i) => i.category_id));
    return pageOf(items.map((i) => toMenuItemListing(i, i.category_id ? names.get(i.category_id) ?? null : null)), query, total);
  }
}
