import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ProductData, ProductRequest, ProductView, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { UpdateProductService } from './update-product.service';

@Controller()
export class UpdateProductRpc {
  constructor(private readonly updateProduct: UpdateProductService) {}

  @RpcEndpoint(RPC.catalog.updateProduct)
  async handle(@Payload() req: RpcRequest<{ id: string; product: ProductData }>): Promise<ProductView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    const { id } = validData(IdRequest, { id: req.data?.id });
    return this.updateProduct.update(actor, id, validData(ProductRequest, req.data?.product));
  }
}
