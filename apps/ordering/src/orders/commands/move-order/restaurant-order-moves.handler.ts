import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OrderTransitionData, OrderView, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest } from '@platter/service-kit';
import { requireActor, validData } from '@platter/service-kit';
import { MoveOrderService } from './move-order.service';
import { RejectOrderRequest } from './reject-order.request';

/** PUT /restaurant/orders/:id/accept | reject | preparing | ready | complete. */
@Controller()
export class RestaurantOrderMovesHandler {
  constructor(private readonly moveOrder: MoveOrderService) {}

  @MessagePattern(RPC.ordering.accept)
  accept(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    return this.moveOrder.move(requireActor(req), validData(IdRequest, req.data).id, 'accepted');
  }

  @MessagePattern(RPC.ordering.reject)
  reject(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    const actor = requireActor(req);
    const { id, reason } = validData(RejectOrderRequest, req.data);
    return this.moveOrder.move(actor, id, 'cancelled', reason.trim());
  }

  @MessagePattern(RPC.ordering.preparing)
  preparing(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    return this.moveOrder.move(requireActor(req), validData(IdRequest, req.data).id, 'preparing');
  }

  @MessagePattern(RPC.ordering.ready)
  ready(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    return this.moveOrder.move(requireActor(req), validData(IdRequest, req.data).id, 'ready');
  }

  /** A pickup or dine-in order handed over: ready → completed (a delivery order completes on delivery). */
  @MessagePattern(RPC.ordering.complete)
  complete(@Payload() req: RpcRequest<OrderTransitionData>): Promise<OrderView> {
    return this.moveOrder.move(requireActor(req), validData(IdRequest, req.data).id, 'completed');
  }
}
