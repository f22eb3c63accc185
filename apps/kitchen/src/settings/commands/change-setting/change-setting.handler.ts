import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { RPC, RestaurantSettingView, RpcRequest } from '@platter/contracts';
import { requireActor, validData } from '@platter/service-kit';
import { ChangeSettingService } from './change-setting.service';

class ChangeSettingRequest {
  @IsString() @MaxLength(50) key: string;
  /** Checked per key by the service (a string or a number). */
  @IsOptional() value?: unknown;
  @IsOptional() @IsUUID() restaurant_id?: string;
}

/** PUT /config/:key {value}, DELETE /config/:key. */
@Controller()
export class ChangeSettingHandler {
  constructor(private readonly changeSetting: ChangeSettingService) {}

  @MessagePattern(RPC.kitchen.setConfig)
  set(@Payload() req: RpcRequest<unknown>): Promise<RestaurantSettingView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const data = validData(ChangeSettingRequest, req.data);
    return this.changeSetting.set(actor, data.key, data.value, data.restaurant_id);
  }

  @MessagePattern(RPC.kitchen.resetConfig)
  reset(@Payload() req: RpcRequest<unknown>): Promise<RestaurantSettingView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const data = validData(ChangeSettingRequest, req.data);
    return this.changeSetting.reset(actor, data.key, data.restaurant_id);
  }
}
