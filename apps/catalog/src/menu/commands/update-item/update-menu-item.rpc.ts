import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { MenuItemView, RPC, RpcRequest, UpdateMenuItemData, UpdateMenuItemRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { UpdateMenuItemService } from './update-menu-item.service';

@Controller()
export class UpdateMenuItemRpc {
  constructor(private readonly updateItem: UpdateMenuItemService) {}

  @RpcEndpoint(RPC.catalog.updateItem)
  async handle(@Payload() req: RpcRequest<UpdateMenuItemData>): Promise<MenuItemView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.updateItem.update(actor, validData(UpdateMenuItemRequest, req.data));
  }
}
