import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { GuestOrderPlaced, PlaceGuestOrderData, PlaceGuestOrderRpcRequest, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { PlaceOrderService } from './place-order.service';

@Controller()
export class PlaceGuestOrderRpc {
  constructor(private readonly placeOrder: PlaceOrderService) {}

  /** No actor: a guest has no account. The gateway resolved their guest session, if any. */
  @RpcEndpoint(RPC.ordering.placeForGuest)
  handle(@Payload() req: RpcRequest<PlaceGuestOrderData>): Promise<GuestOrderPlaced> {
    return this.placeOrder.placeForGuest(validData(PlaceGuestOrderRpcRequest, req.data));
  }
}
