import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CancelGuestOrderRpcRequest, CancelOrderRpcRequest, OrderView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { CancelOrderService } from './cancel-order.service';

/** PUT /client/orders/:id/cancel and PUT /guest/orders/:id/cancel?token=. */
@Controller()
export class CancelOrderRpc {
  constructor(private readonly cancelOrder: CancelOrderService) {}

  @RpcEndpoint(RPC.ordering.cancelForCustomer)
  forCustomer(@Payload() req: RpcRequest<unknown>): Promise<OrderView> {
    const customer = requireActor(req, 'customer');
    const { id, reason } = validData(CancelOrderRpcRequest, req.data);
    return this.cancelOrder.forCustomer(customer, id, reason);
  }

  @RpcEndpoint(RPC.ordering.cancelForGuest)
  forGuest(@Payload() req: RpcRequest<unknown>): Promise<OrderView> {
    const { id, token, reason } = validData(CancelGuestOrderRpcRequest, req.data);
    return this.cancelOrder.forGuest(id, token, reason);
  }
}
