import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CategoryView, RPC, RpcRequest, UpdateCategoryData, UpdateCategoryRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { UpdateCategoryService } from './update-category.service';

@Controller()
export class UpdateCategoryRpc {
  constructor(private readonly updateCategory: UpdateCategoryService) {}

  @RpcEndpoint(RPC.catalog.updateCategory)
  async handle(@Payload() req: RpcRequest<UpdateCategoryData>): Promise<CategoryView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.updateCategory.update(actor, validData(UpdateCategoryRequest, req.data));
  }
}
