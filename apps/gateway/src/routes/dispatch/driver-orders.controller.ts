import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AvailableDeliveryView, DeclinedOfferView, DeliverOrderBody, DriverDeliveryView, Page, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { IdRequest as IdParamDto } from '@platter/contracts';
import { PageRequest as PageQueryDto } from '@platter/contracts';

/** The driver's order routes (dispatch); :id is the order's id. */
@ApiTags('driver')
@Controller('driver/orders')
export class DriverOrdersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('available')
  @Authenticated('driver')
  @ApiOperation({
    summary:
      'Offers made to you (source offer, until offer_expires_at), then ready orders nobody holds an offer for near you (source pool, pickup_distance_km); online drivers only: 422 DRIVER_OFFLINE',
  })
  available(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AvailableDeliveryView[]> {
    return this.rpc.call(RPC.dispatch.availableOrders, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Get('current')
  @Authenticated('driver')
  @ApiOperation({ summary: 'The deliveries you hold (assigned, picked up, in transit)' })
  current(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverDeliveryView[]> {
    return this.rpc.call(RPC.dispatch.currentOrders, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Get('history')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Deliveries you finished (or that were cancelled in your hands), newest first' })
  history(@Query() query: PageQueryDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<DriverDeliveryView>> {
    return this.rpc.call(RPC.dispatch.orderHistory, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Authenticated('driver')
  @ApiOperation({
    summary:
      'Accept the offer made to you, or take an order from the pool: exactly one driver wins, the others get 409 CONFLICT (also for an order offered to someone else); 422 DRIVER_AT_CAPACITY when you hold too many',
  })
  accept(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverDeliveryView> {
    return this.rpc.call(RPC.dispatch.acceptOrder, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Authenticated('driver')
  @ApiOperation({ summary: 'Turn down the offer made to you: it goes to the next driver (404 when you hold no open offer of this order)' })
  decline(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DeclinedOfferView> {
    return this.rpc.call(RPC.dispatch.declineOrder, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Put(':id/pickup')
  @Authenticated('driver')
  @ApiOperation({ summary: 'You have the food' })
  pickup(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverDeliveryView> {
    return this.rpc.call(RPC.dispatch.pickupOrder, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Put(':id/deliver')
  @Authenticated('driver')
  @ApiOperation({ summary: "Hand the order over with the customer's delivery code (422 INVALID_DELIVERY_CODE when wrong)" })
  deliver(@Param() { id }: IdParamDto, @Body() body: DeliverOrderBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverDeliveryView> {
    return this.rpc.call(RPC.dispatch.deliverOrder, { actor: actorOf(actor), data: { id, ...body } }, { correlationId: requestId });
  }
}
