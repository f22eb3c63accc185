import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { DeleteMenuItemService } from './delete-menu-item.service';

@Controller()
export class DeleteMenuItemRpc {
  constructor(private readonly deleteItem: DeleteMenuItemService) {}

  @RpcEndpoint(RPC.catalog.deleteItem)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<{ deleted: true }> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    await this.deleteItem.delete(actor, validData(IdRequest, req.data).id);
    return { deleted: true };
  }
}
