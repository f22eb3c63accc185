import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, MenuItemListing, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { GetProductService } from './get-product.service';

/** GET /products/:id, in the menu's vocabulary. */
@Controller()
export class GetProductRpc {
  constructor(private readonly getProduct: GetProductService) {}

  @RpcEndpoint(RPC.catalog.getProduct)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<MenuItemListing> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.getProduct.get(actor, validData(IdRequest, req.data).id);
  }
}
