import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import {
  RPC, staffOrdersPageOf, StaffOrdersPage, staffOrdersQueryOf, StaffOrdersQueryRequest, staffOrderViewOf, StaffOrderView, staffPlaceOrderDataOf,
  StaffPlaceOrderRequest, updateStaffOrderStatusDataOf, UpdateStaffOrderStatusRequest,
} from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { ApiRequiredIdempotencyKey, RequestId, RequiredIdempotencyKey } from '../../http/request-params';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { StaffOrderIdParamDto } from './dto/staff-order-id-param.dto';

/**
 * The staff order routes (camelCase): restaurant staff key in dine-in and phone orders and follow their
 * restaurant's orders with stats; admins read every restaurant's. The camelCase is this edge's: each
 * request is translated onto ordering's vocabulary, and each answer back.
 */
@ApiTags('orders')
@Controller('orders')
export class StaffOrdersController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @RateLimit('order_create', 'user')
  @ApiRequiredIdempotencyKey()
  @ApiOperation({ summary: "Key in an order for your restaurant (priced from the menu; a client's price or totalAmount is ignored)" })
  async place(
    @Body() body: StaffPlaceOrderRequest,
    @RequiredIdempotencyKey() idempotencyKey: string,
    @CurrentActor() actor: VerifiedActor,
    @RequestId() requestId: string,
  ): Promise<StaffOrderView> {
    const data = staffPlaceOrderDataOf(body, idempotencyKey);
    return staffOrderViewOf(await this.rpc.call(RPC.ordering.staffPlace, { actor: actorOf(actor), data }, { correlationId: requestId }));
  }

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: "Your restaurant's orders (admins: all), newest first, with stats over every matching order" })
  async list(@Query() query: StaffOrdersQueryRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<StaffOrdersPage> {
    return staffOrdersPageOf(await this.rpc.call(RPC.ordering.staffList, { actor: actorOf(actor), data: staffOrdersQueryOf(query) }, { correlationId: requestId }));
  }

  @Patch(':orderId/status')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @RateLimit('order_update', 'user')
  @ApiOperation({ summary: "Move an order by a staff status (pending, processing, completed, cancelled) or ordering's own, along the state machine" })
  async setStatus(@Param() { orderId }: StaffOrderIdParamDto, @Body() body: UpdateStaffOrderStatusRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<StaffOrderView> {
    const data = updateStaffOrderStatusDataOf(orderId, body);
    return staffOrderViewOf(await this.rpc.call(RPC.ordering.staffSetStatus, { actor: actorOf(actor), data }, { correlationId: requestId }));
  }
}
