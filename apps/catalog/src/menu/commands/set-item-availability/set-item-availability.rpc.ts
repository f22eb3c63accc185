import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { MenuItemView, RPC, RpcRequest, SetItemAvailabilityData, SetItemAvailabilityRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { SetItemAvailabilityService } from './set-item-availability.service';

@Controller()
export class SetItemAvailabilityRpc {
  constructor(private readonly setAvailability: SetItemAvailabilityService) {}

  @RpcEndpoint(RPC.catalog.setItemAvailability)
  async handle(@Payload() req: RpcRequest<SetItemAvailabilityData>): Promise<MenuItemView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.setAvailability.set(actor, validData(SetItemAvailabilityRequest, req.data));
  }
}
