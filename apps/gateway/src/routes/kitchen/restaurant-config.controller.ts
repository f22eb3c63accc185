import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { ConfigKeyParam, RPC, RestaurantConfigQuery, RestaurantConfigView, RestaurantSettingView, SetConfigBody } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/**
 * A restaurant's settings (kitchen keeps them): tax rate and service fee (ordering
 * prices the next orders with them), acceptance deadline, preparation time. Each change is announced
 * as restaurant.config-changed.
 */
@ApiTags('config')
@Controller('config')
export class RestaurantConfigController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: "The restaurant's settings, each its own value or the platform default" })
  get(@Query() query: RestaurantConfigQuery, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantConfigView> {
    return this.rpc.call(RPC.kitchen.getConfig, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Put(':key')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Change a setting (owner or manager; admins name the restaurant)' })
  set(
    @Param() { key }: ConfigKeyParam,
    @Body() { value }: SetConfigBody,
    @Query() query: RestaurantConfigQuery,
    @CurrentActor() actor: VerifiedActor,
    @RequestId() requestId: string,
  ): Promise<RestaurantSettingView> {
    return this.rpc.call(RPC.kitchen.setConfig, { actor: actorOf(actor), data: { key, value, ...query } }, { correlationId: requestId });
  }

  @Delete(':key')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Set a setting back to the platform default (owner or manager)' })
  reset(@Param() { key }: ConfigKeyParam, @Query() query: RestaurantConfigQuery, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantSettingView> {
    return this.rpc.call(RPC.kitchen.resetConfig, { actor: actorOf(actor), data: { key, ...query } }, { correlationId: requestId });
  }
}
