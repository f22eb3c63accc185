import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CreateDeliveryZoneData, CreateDeliveryZoneRequest, DeliveryZoneView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { CreateZoneService } from './create-zone.service';

@Controller()
export class CreateZoneRpc {
  constructor(private readonly createZone: CreateZoneService) {}

  @RpcEndpoint(RPC.catalog.createZone)
  async handle(@Payload() req: RpcRequest<CreateDeliveryZoneData>): Promise<DeliveryZoneView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.createZone.create(actor, validData(CreateDeliveryZoneRequest, req.data));
  }
}
