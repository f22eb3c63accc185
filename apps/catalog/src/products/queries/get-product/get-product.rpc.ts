import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IsNull } from 'typeorm';
import { IdData, MenuItemListing, NotFoundError, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { MenuItem } from '../../../menu/menu-item.entity';
import { ProductCategories } from '../../product-categories';
import { readableRestaurantId } from '../../product-scope';
import { toMenuItemListing } from '../../product.view';

/** One product the actor may read (NOT_FOUND for another restaurant's, as for a missing one). */
@Controller()
export class GetProductRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly categories: ProductCategories,
  ) {}

  @RpcEndpoint(RPC.catalog.getProduct)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<MenuItemListing> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const { id } = validData(IdRequest, req.data);
    const restaurantId = await readableRestaurantId(this.tx, actor);
    const item = await this.tx.repository(MenuItem).findOneBy({ id, deleted_at: IsNull(), ...(restaurantId ? { restaurant_id: restaurantId } : {}) });
    if (!item) throw new NotFoundError('Product');
    const names = await this.categories.names([item.category_id]);
    return toMenuItemListing(item, item.category_id ? names.get(item.category_id) ?? null : null);
  }
}
