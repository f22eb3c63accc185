import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, VerifiedActor } from '@platter/auth';
import { CreateDeliveryZoneRequest, DeliveryQuote, DeliveryQuoteQueryRequest, DeliveryZoneView, IdRequest, RPC, UpdateDeliveryZoneBody } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { SuccessMessage } from '../../http/success-envelope';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** The areas a restaurant delivers to. Owners and managers edit them; the whole team reads them. */
@ApiTags('restaurant')
@Controller('restaurant/zones')
export class RestaurantZonesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Add a delivery zone: a radius around the restaurant or a polygon' })
  create(@Body() body: CreateDeliveryZoneRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DeliveryZoneView> {
    return this.rpc.call(RPC.catalog.createZone, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: "Your restaurant's delivery zones, inactive ones included" })
  list(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DeliveryZoneView[]> {
    return this.rpc.call(RPC.catalog.listMyZones, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Put(':id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Change a delivery zone (fee, minimum order, time, geometry, active)' })
  update(@Param() { id }: IdRequest, @Body() body: UpdateDeliveryZoneBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DeliveryZoneView> {
    return this.rpc.call(RPC.catalog.updateZone, { actor: actorOf(actor), data: { ...body, id } }, { correlationId: requestId });
  }

  @Delete(':id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @SuccessMessage('Delivery zone deleted')
  @ApiOperation({ summary: 'Delete a delivery zone' })
  remove(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<{ deleted: true }> {
    return this.rpc.call(RPC.catalog.deleteZone, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }
}

/** Lives beside the zones it reads; the rest of /public/restaurants is in PublicRestaurantsController. */
@ApiTags('public')
@Public()
@Controller('public/restaurants')
export class PublicDeliveryQuoteController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':id/delivery-quote')
  @ApiOperation({ summary: 'What delivering to a point costs: the cheapest zone covering it, or 422 OUT_OF_DELIVERY_ZONE' })
  quote(
    @Param() { id }: IdRequest,
    @Query() { lat, lng }: DeliveryQuoteQueryRequest,
    @CurrentActor() actor: VerifiedActor | null,
    @RequestId() requestId: string,
  ): Promise<DeliveryQuote> {
    return this.rpc.call(RPC.catalog.deliveryQuote, { actor: actorOf(actor), data: { id, lat, lng } }, { correlationId: requestId });
  }
}
