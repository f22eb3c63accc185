import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { MenuItemListing, RPC, RpcRequest, UpdateNamedCategoryItemRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { UpdateProductService } from './update-product.service';

/** PUT /products/:id, in the menu's vocabulary: only the fields given change. */
@Controller()
export class UpdateProductRpc {
  constructor(private readonly updateProduct: UpdateProductService) {}

  @RpcEndpoint(RPC.catalog.updateProduct)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<MenuItemListing> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    const { id, ...changes } = validData(UpdateNamedCategoryItemRequest, req.data);
    return this.updateProduct.update(actor, id, changes);
  }
}
