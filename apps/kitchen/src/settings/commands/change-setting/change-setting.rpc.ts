import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, ResetConfigRequest, RestaurantSettingView, RpcRequest, SetConfigRequest } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { ChangeSettingService } from './change-setting.service';

/** PUT /config/:key {value}, DELETE /config/:key. */
@Controller()
export class ChangeSettingRpc {
  constructor(private readonly changeSetting: ChangeSettingService) {}

  @RpcEndpoint(RPC.kitchen.setConfig)
  set(@Payload() req: RpcRequest<unknown>): Promise<RestaurantSettingView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const data = validData(SetConfigRequest, req.data);
    return this.changeSetting.set(actor, data.key, data.value, data.restaurant_id);
  }

  @RpcEndpoint(RPC.kitchen.resetConfig)
  reset(@Payload() req: RpcRequest<unknown>): Promise<RestaurantSettingView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const data = validData(ResetConfigRequest, req.data);
    return this.changeSetting.reset(actor, data.key, data.restaurant_id);
  }
}
