import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CreateMenuItemData, CreateMenuItemRequest, MenuItemView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { CreateMenuItemService } from './create-menu-item.service';

@Controller()
export class CreateMenuItemRpc {
  constructor(private readonly createItem: CreateMenuItemService) {}

  @RpcEndpoint(RPC.catalog.createItem)
  async handle(@Payload() req: RpcRequest<CreateMenuItemData>): Promise<MenuItemView> {
    const owner = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.createItem.create(owner, validData(CreateMenuItemRequest, req.data));
  }
}
