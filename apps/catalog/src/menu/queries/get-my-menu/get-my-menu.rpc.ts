import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RestaurantMenu, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { GetMyMenuService } from './get-my-menu.service';

/** The restaurant team's own menu, for editing. */
@Controller()
export class GetMyMenuRpc {
  constructor(private readonly myMenu: GetMyMenuService) {}

  @RpcEndpoint(RPC.catalog.myMenu)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<RestaurantMenu> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.myMenu.menuOf(actor);
  }
}
