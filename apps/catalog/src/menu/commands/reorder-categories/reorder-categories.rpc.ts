import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CategoryView, ReorderCategoriesData, ReorderCategoriesRequest, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { ReorderCategoriesService } from './reorder-categories.service';

@Controller()
export class ReorderCategoriesRpc {
  constructor(private readonly reorderCategories: ReorderCategoriesService) {}

  @RpcEndpoint(RPC.catalog.reorderCategories)
  async handle(@Payload() req: RpcRequest<ReorderCategoriesData>): Promise<CategoryView[]> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.reorderCategories.reorder(actor, validData(ReorderCategoriesRequest, req.data));
  }
}
