import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AssignDeliveryBody, NearbyDriverView, NearbyDriversRequest, OperatorDeliveryView, Page, RestaurantDeliveriesRequest, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { OrderIdParamDto } from './path-params';

/** A restaurant's team watches its deliveries and picks drivers by hand (dispatch). */
@ApiTags('restaurant')
@Controller('restaurant')
export class RestaurantDeliveriesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('deliveries')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: "The restaurant's deliveries not yet delivered or cancelled: status, driver, offer, route and ETA" })
  list(@Query() query: RestaurantDeliveriesRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<OperatorDeliveryView>> {
    return this.rpc.call(RPC.dispatch.restaurantDeliveries, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Post('deliveries/:orderId/assign')
  @HttpCode(200)
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({
    summary:
      'Give the delivery to a driver of your choice (online, approved, under the load limit); before pickup it may be taken from another driver (reassignment), after pickup only admins may',
  })
  assign(@Param() { orderId }: OrderIdParamDto, @Body() body: AssignDeliveryBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OperatorDeliveryView> {
    return this.rpc.call(RPC.dispatch.assignDelivery, { actor: actorOf(actor), data: { order_id: orderId, driver_id: body.driver_id } }, { correlationId: requestId });
  }

  @Get('drivers/nearby')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Online, approved drivers within radius_km (default 5) of the restaurant, nearest first, with their load (422 RESTAURANT_LOCATION_UNKNOWN while the restaurant has no position)' })
  nearby(@Query() query: NearbyDriversRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<NearbyDriverView[]> {
    return this.rpc.call(RPC.dispatch.nearbyDrivers, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }
}
