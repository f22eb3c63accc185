import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { CancelOrderRequest, IdRequest, OrderView, Page, PageRequest, PlaceOrderData, PlaceOrderRequest, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { ApiRequiredIdempotencyKey, RequestId, RequiredIdempotencyKey } from '../../http/request-params';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

@ApiTags('client')
@Controller('client/orders')
export class ClientOrdersController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Authenticated('customer')
  @RateLimit('order_create', 'user')
  @ApiRequiredIdempotencyKey()
  @ApiOperation({ summary: 'Place an order (priced from the menu)' })
  place(
    @Body() body: PlaceOrderRequest,
    @RequiredIdempotencyKey() idempotencyKey: string,
    @CurrentActor() actor: VerifiedActor,
    @RequestId() requestId: string,
  ): Promise<OrderView> {
    const data: PlaceOrderData = { ...body, idempotency_key: idempotencyKey };
    return this.rpc.call(RPC.ordering.place, { actor: actorOf(actor), data }, { correlationId: requestId });
  }

  @Get()
  @Authenticated('customer')
  @ApiOperation({ summary: 'Your orders, newest first' })
  list(@Query() { page, limit }: PageRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<OrderView>> {
    return this.rpc.call(RPC.ordering.listForCustomer, { actor: actorOf(actor), data: { page, limit } }, { correlationId: requestId });
  }

  @Get(':id')
  @Authenticated('customer')
  @ApiOperation({ summary: 'One of your orders' })
  get(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OrderView> {
    return this.rpc.call(RPC.ordering.getForCustomer, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Put(':id/cancel')
  @Authenticated('customer')
  @RateLimit('order_update', 'user')
  @ApiOperation({ summary: 'Cancel your order while it is created, confirmed or accepted (422 INVALID_STATE_TRANSITION after)' })
  cancel(@Param() { id }: IdRequest, @Body() body: CancelOrderRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OrderView> {
    return this.rpc.call(RPC.ordering.cancelForCustomer, { actor: actorOf(actor), data: { id, ...(body?.reason ? { reason: body.reason } : {}) } }, { correlationId: requestId });
  }
}
