import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeliveryZoneView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { ListMyZonesService } from './list-my-zones.service';

/** Every zone of the actor's restaurant, inactive ones included; staff may read them, managers edit. */
@Controller()
export class ListMyZonesRpc {
  constructor(private readonly listMyZones: ListMyZonesService) {}

  @RpcEndpoint(RPC.catalog.listMyZones)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<DeliveryZoneView[]> {
    return this.listMyZones.list(requireActor(req, 'restaurant_owner', 'restaurant_staff'));
  }
}
