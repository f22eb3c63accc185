import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IdData, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, validData } from '@platter/service-kit';
import { DeleteMenuItemService } from './delete-menu-item.service';

@Controller()
export class DeleteMenuItemHandler {
  constructor(private readonly deleteItem: DeleteMenuItemService) {}

  @MessagePattern(RPC.catalog.deleteItem)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<{ deleted: true }> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    await this.deleteItem.delete(actor, validData(IdRequest, req.data).id);
    return { deleted: true };
  }
}
