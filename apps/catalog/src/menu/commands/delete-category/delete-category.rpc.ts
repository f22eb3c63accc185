import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { DeleteCategoryService } from './delete-category.service';

@Controller()
export class DeleteCategoryRpc {
  constructor(private readonly deleteCategory: DeleteCategoryService) {}

  @RpcEndpoint(RPC.catalog.deleteCategory)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<{ deleted: true }> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    await this.deleteCategory.delete(actor, validData(IdRequest, req.data).id);
    return { deleted: true };
  }
}
