import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeliverOrderRequest, DriverDeliveryView, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { AcceptDeliveryService } from './accept-delivery/accept-delivery.service';
import { ConfirmDeliveryService } from './confirm-delivery/confirm-delivery.service';
import { PickupDeliveryService } from './pickup-delivery/pickup-delivery.service';

/** POST /driver/orders/:id/accept, PUT /driver/orders/:id/pickup | deliver (:id is the order's id). */
@Controller()
export class DriverOrderMovesHandler {
  constructor(
    private readonly acceptDelivery: AcceptDeliveryService,
    private readonly pickupDelivery: PickupDeliveryService,
    private readonly confirmDelivery: ConfirmDeliveryService,
  ) {}

  @RpcEndpoint(RPC.dispatch.acceptOrder)
  accept(@Payload() req: RpcRequest<unknown>): Promise<DriverDeliveryView> {
    const actor = requireActor(req, 'driver');
    return this.acceptDelivery.accept(actor, validData(IdRequest, req.data).id);
  }

  @RpcEndpoint(RPC.dispatch.pickupOrder)
  pickup(@Payload() req: RpcRequest<unknown>): Promise<DriverDeliveryView> {
    const actor = requireActor(req, 'driver');
    return this.pickupDelivery.pickup(actor, validData(IdRequest, req.data).id);
  }

  @RpcEndpoint(RPC.dispatch.deliverOrder)
  deliver(@Payload() req: RpcRequest<unknown>): Promise<DriverDeliveryView> {
    const actor = requireActor(req, 'driver');
    const { id, delivery_code } = validData(DeliverOrderRequest, req.data);
    return this.confirmDelivery.deliver(actor, id, delivery_code);
  }
}
