import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OrderView, PlaceOrderData, PlaceOrderRpcRequest, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { PlaceOrderService } from './place-order.service';

@Controller()
export class PlaceOrderRpc {
  constructor(private readonly placeOrder: PlaceOrderService) {}

  @RpcEndpoint(RPC.ordering.place)
  async handle(@Payload() req: RpcRequest<PlaceOrderData>): Promise<OrderView> {
    const customer = requireActor(req, 'customer');
    return this.placeOrder.place(customer, validData(PlaceOrderRpcRequest, req.data));
  }
}
