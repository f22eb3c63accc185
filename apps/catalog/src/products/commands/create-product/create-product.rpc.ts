import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CreateNamedCategoryItemRequest, MenuItemListing, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { CreateProductService } from './create-product.service';

/** POST /products, in the menu's vocabulary: a menu item with its category named. */
@Controller()
export class CreateProductRpc {
  constructor(private readonly createProduct: CreateProductService) {}

  @RpcEndpoint(RPC.catalog.createProduct)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<MenuItemListing> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.createProduct.create(actor, validData(CreateNamedCategoryItemRequest, req.data));
  }
}
