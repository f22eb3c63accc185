import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { KitchenItemAvailabilityRequest, KitchenItemView, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { SetItemAvailabilityService } from './set-item-availability.service';

@Controller()
export class SetItemAvailabilityRpc {
  constructor(private readonly setItemAvailability: SetItemAvailabilityService) {}

  @RpcEndpoint(RPC.kitchen.setItemAvailability)
  set(@Payload() req: RpcRequest<unknown>): Promise<KitchenItemView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    const data = validData(KitchenItemAvailabilityRequest, req.data);
    return this.setItemAvailability.set(actor, data.id, data.available);
  }
}
