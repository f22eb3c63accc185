import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsBoolean, IsUUID } from 'class-validator';
import { KitchenItemView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData } from '@platter/service-kit';
import { SetItemAvailabilityService } from './set-item-availability.service';

class SetItemAvailabilityRequest {
  @IsUUID() id: string;
  @IsBoolean() available: boolean;
}

@Controller()
export class SetItemAvailabilityHandler {
  constructor(private readonly setItemAvailability: SetItemAvailabilityService) {}

  @MessagePattern(RPC.kitchen.setItemAvailability)
  set(@Payload() req: RpcRequest<unknown>): Promise<KitchenItemView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    const data = validData(SetItemAvailabilityRequest, req.data);
    return this.setItemAvailability.set(actor, data.id, data.available);
  }
}
