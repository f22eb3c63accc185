import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsOptional, IsUUID } from 'class-validator';
import { RPC, RestaurantConfigView, RpcRequest } from '@platter/contracts';
import { ANY_MEMBER, requireActor, validData } from '@platter/service-kit';
import { RestaurantSettings, settingsRestaurantOf } from '../../restaurant-settings';

class GetSettingsRequest {
  @IsOptional() @IsUUID() restaurant_id?: string;
}

/** GET /config: the restaurant's settings, each its own value or the platform default. */
@Controller()
export class GetSettingsHandler {
  constructor(private readonly settings: RestaurantSettings) {}

  @MessagePattern(RPC.kitchen.getConfig)
  async get(@Payload() req: RpcRequest<unknown>): Promise<RestaurantConfigView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const { restaurant_id } = validData(GetSettingsRequest, req.data);
    return this.settings.view(settingsRestaurantOf(actor, ANY_MEMBER, restaurant_id));
  }
}
