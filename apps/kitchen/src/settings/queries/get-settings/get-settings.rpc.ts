import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RestaurantConfigQuery, RestaurantConfigView, RpcRequest } from '@platter/contracts';
import { ANY_MEMBER, RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { RestaurantSettings, settingsRestaurantOf } from '../../restaurant-settings';

/** GET /config: the restaurant's settings, each its own value or the platform default. */
@Controller()
export class GetSettingsRpc {
  constructor(private readonly settings: RestaurantSettings) {}

  @RpcEndpoint(RPC.kitchen.getConfig)
  async get(@Payload() req: RpcRequest<unknown>): Promise<RestaurantConfigView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const { restaurant_id } = validData(RestaurantConfigQuery, req.data);
    return this.settings.view(settingsRestaurantOf(actor, ANY_MEMBER, restaurant_id));
  }
}
