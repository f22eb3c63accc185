import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { DeleteMenuItemService } from '../../../menu/commands/delete-item/delete-menu-item.service';

/** DELETE /products/:id: the menu item's own (soft) delete. */
@Controller()
export class DeleteProductRpc {
  constructor(private readonly deleteItem: DeleteMenuItemService) {}

  @RpcEndpoint(RPC.catalog.deleteProduct)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<{ deleted: true }> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    await this.deleteItem.delete(actor, validData(IdRequest, req.data).id);
    return { deleted: true };
  }
}
