import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverDeliveryView, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { AcceptDeliveryService } from './accept-delivery.service';

/** POST /driver/orders/:id/accept (:id is the order's id). */
@Controller()
export class AcceptDeliveryRpc {
  constructor(private readonly acceptDelivery: AcceptDeliveryService) {}

  @RpcEndpoint(RPC.dispatch.acceptOrder)
  accept(@Payload() req: RpcRequest<unknown>): Promise<DriverDeliveryView> {
    const actor = requireActor(req, 'driver');
    return this.acceptDelivery.accept(actor, validData(IdRequest, req.data).id);
  }
}
