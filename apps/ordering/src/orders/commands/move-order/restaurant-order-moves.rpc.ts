import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OrderTransitionData, OrderView, RejectOrderRpcRequest, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, RpcEndpoint } from '@platter/service-kit';
import { requireActor, validData } from '@platter/service-kit';
import { MoveOrderService } from './move-order.service';

/** PUT /restaurant/orders/:id/accept | reject | preparing | ready | complete. */
@Controller()
export class RestaurantOrderMovesRpc {
  constructor(private readonly moveOrder: MoveOrderService) {}

  @RpcEndpoint(RPC.ordering.accept)
  accept(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    return this.moveOrder.move(requireActor(req), validData(IdRequest, req.data).id, 'accepted');
  }

  @RpcEndpoint(RPC.ordering.reject)
  reject(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    const actor = requireActor(req);
    const { id, reason } = validData(RejectOrderRpcRequest, req.data);
    return this.moveOrder.move(actor, id, 'cancelled', reason.trim());
  }

  @RpcEndpoint(RPC.ordering.preparing)
  preparing(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    return this.moveOrder.move(requireActor(req), validData(IdRequest, req.data).id, 'preparing');
  }

  @RpcEndpoint(RPC.ordering.ready)
  ready(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    return this.moveOrder.move(requireActor(req), validData(IdRequest, req.data).id, 'ready');
  }

  /** A pickup or dine-in order handed over: ready → completed (a delivery order completes on delivery). */
  @RpcEndpoint(RPC.ordering.complete)
  complete(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    return this.moveOrder.move(requireActor(req), validData(IdRequest, req.data).id, 'completed');
  }
}
