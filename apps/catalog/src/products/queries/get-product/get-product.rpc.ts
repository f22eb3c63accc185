import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, MenuItemListing, NotFoundError, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { MenuItemRepository } from '../../../menu/menu-item.repository';
import { ProductCategories } from '../../product-categories';
import { readableRestaurantId } from '../../product-scope';
import { toMenuItemListing } from '../../product.view';

/** One product the actor may read (NOT_FOUND for another restaurant's, as for a missing one). */
@Controller()
export class GetProductRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly items: MenuItemRepository,
    private readonly categories: ProductCategories,
  ) {}

  @RpcEndpoint(RPC.catalog.getProduct)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<MenuItemListing> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const { id } = validData(IdRequest, req.data);
    const restaurantId = await readableRestaurantId(this.tx, actor);
    const item = await this.items.findLive(id, restaurantId);
    if (!item) throw new NotFoundError('Product');
    const names = await this.categories.names([item.category_id]);
    return toMenuItemListing(item, item.category_id ? names.get(item.category_id) ?? null : null);
  }
}
