import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CategoryView, CreateCategoryData, CreateCategoryRequest, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { CreateCategoryService } from './create-category.service';

@Controller()
export class CreateCategoryRpc {
  constructor(private readonly createCategory: CreateCategoryService) {}

  @RpcEndpoint(RPC.catalog.createCategory)
  async handle(@Payload() req: RpcRequest<CreateCategoryData>): Promise<CategoryView> {
    const owner = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.createCategory.create(owner, validData(CreateCategoryRequest, req.data));
  }
}
