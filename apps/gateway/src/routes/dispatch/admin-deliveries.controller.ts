import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AdminDeliveriesRequest, AssignDeliveryBody, OperatorDeliveryView, Page, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { OrderIdParamDto } from './path-params';

/** Admins watch every delivery and assign or reassign any of them, also after pickup (dispatch). */
@ApiTags('admin')
@Controller('admin/deliveries')
export class AdminDeliveriesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('admin')
  @ApiOperation({ summary: 'Deliveries, newest first; filters: status, restaurant_id, driver_id, order_id, flagged (nobody took it in time), active' })
  list(@Query() query: AdminDeliveriesRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<OperatorDeliveryView>> {
    return this.rpc.call(RPC.dispatch.adminDeliveries, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Post(':orderId/assign')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Give the delivery to a driver (online, approved, under the load limit); after pickup it stays picked up, with the new driver' })
  assign(@Param() { orderId }: OrderIdParamDto, @Body() body: AssignDeliveryBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OperatorDeliveryView> {
    return this.rpc.call(RPC.dispatch.assignDelivery, { actor: actorOf(actor), data: { order_id: orderId, driver_id: body.driver_id } }, { correlationId: requestId });
  }
}
