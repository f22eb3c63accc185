import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeliverOrderRequest, DriverDeliveryView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { ConfirmDeliveryService } from './confirm-delivery.service';

/** PUT /driver/orders/:id/deliver (:id is the order's id) with the customer's delivery code. */
@Controller()
export class ConfirmDeliveryRpc {
  constructor(private readonly confirmDelivery: ConfirmDeliveryService) {}

  @RpcEndpoint(RPC.dispatch.deliverOrder)
  deliver(@Payload() req: RpcRequest<unknown>): Promise<DriverDeliveryView> {
    const actor = requireActor(req, 'driver');
    const { id, delivery_code } = validData(DeliverOrderRequest, req.data);
    return this.confirmDelivery.deliver(actor, id, delivery_code);
  }
}
