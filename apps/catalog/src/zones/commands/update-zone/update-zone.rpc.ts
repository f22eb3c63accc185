import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeliveryZoneView, RPC, RpcRequest, UpdateDeliveryZoneData, UpdateDeliveryZoneRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { UpdateZoneService } from './update-zone.service';

@Controller()
export class UpdateZoneRpc {
  constructor(private readonly updateZone: UpdateZoneService) {}

  @RpcEndpoint(RPC.catalog.updateZone)
  async handle(@Payload() req: RpcRequest<UpdateDeliveryZoneData>): Promise<DeliveryZoneView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.updateZone.update(actor, validData(UpdateDeliveryZoneRequest, req.data));
  }
}
