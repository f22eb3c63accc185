import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CreateProductRequest, ProductData, ProductView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { CreateProductService } from './create-product.service';

@Controller()
export class CreateProductRpc {
  constructor(private readonly createProduct: CreateProductService) {}

  @RpcEndpoint(RPC.catalog.createProduct)
  async handle(@Payload() req: RpcRequest<ProductData>): Promise<ProductView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.createProduct.create(actor, validData(CreateProductRequest, req.data));
  }
}
