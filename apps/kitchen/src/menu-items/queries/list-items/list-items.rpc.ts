import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ForbiddenError, KitchenItemView, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, requireActor } from '@platter/service-kit';
import { MenuItemCopyRepository } from '../../menu-item-copy.repository';

/** The line's view of its menu: what is on and what is 86'd, for the restaurant the token acts for. */
@Controller()
export class ListItemsRpc {
  constructor(private readonly items: MenuItemCopyRepository) {}

  @RpcEndpoint(RPC.kitchen.listItems)
  async list(@Payload() req: RpcRequest<unknown>): Promise<KitchenItemView[]> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    if (!actor.restaurant_id) throw new ForbiddenError('Your token does not act for a restaurant');
    const items = await this.items.listLive(actor.restaurant_id);
    return items.map((i) => ({ id: i.id, name: i.name, is_available: i.is_available }));
  }
}
