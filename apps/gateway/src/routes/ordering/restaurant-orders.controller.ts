import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { OrderTransitionData, OrderView, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { Authenticated } from '../common/access';
import { IdRequest as IdParamDto } from '@platter/contracts';
import { actorOf } from '../common/actor-of';
import { RejectOrderRequest as RejectOrderDto } from '@platter/contracts';

/** The restaurant moves its orders along the state machine; ordering enforces the moves (preparing and ready move the kitchen's ticket, which the order follows). */
@ApiTags('restaurant')
@Controller('restaurant/orders')
@RateLimit('order_update', 'user')
export class RestaurantOrdersController {
  constructor(private readonly rpc: RpcClient) {}

  @Put(':id/accept')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Accept an order' })
  accept(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OrderView> {
    return this.transition(RPC.ordering.accept, { id }, actor, requestId);
  }

  @Put(':id/reject')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Reject an order, saying why' })
  reject(@Param() { id }: IdParamDto, @Body() { reason }: RejectOrderDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OrderView> {
    return this.transition(RPC.ordering.reject, { id, reason }, actor, requestId);
  }

  @Put(':id/preparing')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Start preparing an order' })
  preparing(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OrderView> {
    return this.transition(RPC.ordering.preparing, { id }, actor, requestId);
  }

  @Put(':id/ready')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Mark an order ready' })
  ready(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OrderView> {
    return this.transition(RPC.ordering.ready, { id }, actor, requestId);
  }

  @Put(':id/complete')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Hand a pickup or dine-in order over: ready → completed' })
  complete(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OrderView> {
    return this.transition(RPC.ordering.complete, { id }, actor, requestId);
  }

  private transition(pattern: typeof RPC.ordering.accept | typeof RPC.ordering.reject | typeof RPC.ordering.preparing | typeof RPC.ordering.ready | typeof RPC.ordering.complete, data: OrderTransitionData, actor: VerifiedActor, requestId: string): Promise<OrderView> {
    return this.rpc.call(pattern, { actor: actorOf(actor), data }, { correlationId: requestId });
  }
}
