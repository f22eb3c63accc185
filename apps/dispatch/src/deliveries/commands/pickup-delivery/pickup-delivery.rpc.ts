import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverDeliveryView, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { PickupDeliveryService } from './pickup-delivery.service';

/** PUT /driver/orders/:id/pickup (:id is the order's id). */
@Controller()
export class PickupDeliveryRpc {
  constructor(private readonly pickupDelivery: PickupDeliveryService) {}

  @RpcEndpoint(RPC.dispatch.pickupOrder)
  pickup(@Payload() req: RpcRequest<unknown>): Promise<DriverDeliveryView> {
    const actor = requireActor(req, 'driver');
    return this.pickupDelivery.pickup(actor, validData(IdRequest, req.data).id);
  }
}
