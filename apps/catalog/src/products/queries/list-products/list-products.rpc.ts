import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ListMenuItemsData, ListMenuItemsRequest, MenuItemListing, Page, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { ListProductsService } from './list-products.service';

/** GET /products, in the menu's vocabulary. */
@Controller()
export class ListProductsRpc {
  constructor(private readonly listProducts: ListProductsService) {}

  @RpcEndpoint(RPC.catalog.listProducts)
  async handle(@Payload() req: RpcRequest<Partial<ListMenuItemsData>>): Promise<Page<MenuItemListing>> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.listProducts.list(actor, validData(ListMenuItemsRequest, req.data));
  }
}
