import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AdminOrderDetail, AdminOrdersQueryRequest, AdminOrderSummary, AdminRefundOrderRequest, AdminRefundRequestedView, AdminSagaCompensateRequest, AdminSagaResumeRequest, AdminSetOrderStatusRequest, IdRequest, Page, PageRequest, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { ApiRequiredIdempotencyKey, RequestId, RequiredIdempotencyKey } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Every order, where its saga stands, and admins stepping in). */
@ApiTags('admin')
@Controller('admin/orders')
export class AdminOrdersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('admin')
  @ApiOperation({ summary: 'Orders, newest first, filtered by status, restaurant, customer, placing time, flagged' })
  list(@Query() query: AdminOrdersQueryRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<AdminOrderSummary>> {
    return this.rpc.call(RPC.ordering.adminListOrders, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  // Declared before :id so "stuck" is never read as an id.
  @Get('stuck')
  @Authenticated('admin')
  @ApiOperation({ summary: 'Orders the saga flagged or whose current step is overdue, longest-waiting first' })
  stuck(@Query() { page, limit }: PageRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<AdminOrderSummary>> {
    return this.rpc.call(RPC.ordering.adminStuckOrders, { actor: actorOf(actor), data: { page, limit } }, { correlationId: requestId });
  }

  @Get(':id')
  @Authenticated('admin')
  @ApiOperation({ summary: 'One order with its status history, saga state, payment and refund figures, and audit trail' })
  get(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminOrderDetail> {
    return this.rpc.call(RPC.ordering.adminGetOrder, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Put(':id/status')
  @Authenticated('admin')
  @ApiOperation({ summary: 'Override the status (state machine moves, or cancel from any non-final status); audited' })
  setStatus(@Param() { id }: IdRequest, @Body() body: AdminSetOrderStatusRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminOrderDetail> {
    return this.rpc.call(RPC.ordering.adminSetOrderStatus, { actor: actorOf(actor), data: { id, ...body } }, { correlationId: requestId });
  }

  @Post(':id/refund')
  @HttpCode(202)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Ask payments to refund (all that is left, or an amount); 422 NOTHING_TO_REFUND when nothing is' })
  @ApiRequiredIdempotencyKey('a retried request asks for the money once; same key, other body → 422')
  refund(
    @Param() { id }: IdRequest,
    @Body() body: AdminRefundOrderRequest,
    @RequiredIdempotencyKey() idempotencyKey: string,
    @CurrentActor() actor: VerifiedActor,
    @RequestId() requestId: string,
  ): Promise<AdminRefundRequestedView> {
    const data = { id, ...body, idempotency_key: idempotencyKey };
    return this.rpc.call(RPC.ordering.adminRefundOrder, { actor: actorOf(actor), data }, { correlationId: requestId });
  }

  @Post(':id/saga/resume')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Re-drive the current step: re-announce it, ask payments to re-check, extend the deadline, clear the flag' })
  resume(@Param() { id }: IdRequest, @Body() body: AdminSagaResumeRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminOrderDetail> {
    return this.rpc.call(RPC.ordering.adminResumeSaga, { actor: actorOf(actor), data: { id, ...body } }, { correlationId: requestId });
  }

  @Post(':id/saga/compensate')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Give up on the order: cancel it (payments refunds what it took), or refund the rest of a cancelled one' })
  compensate(@Param() { id }: IdRequest, @Body() body: AdminSagaCompensateRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminOrderDetail> {
    return this.rpc.call(RPC.ordering.adminCompensateSaga, { actor: actorOf(actor), data: { id, ...body } }, { correlationId: requestId });
  }
}
