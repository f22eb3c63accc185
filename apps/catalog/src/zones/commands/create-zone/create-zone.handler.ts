import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CreateDeliveryZoneData, DeliveryZoneView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { CreateZoneRequest } from './create-zone.request';
import { CreateZoneService } from './create-zone.service';

@Controller()
export class CreateZoneHandler {
  constructor(private readonly createZone: CreateZoneService) {}

  @RpcEndpoint(RPC.catalog.createZone)
  async handle(@Payload() req: RpcRequest<CreateDeliveryZoneData>): Promise<DeliveryZoneView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.createZone.create(actor, validData(CreateZoneRequest, req.data));
  }
}
