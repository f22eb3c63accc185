import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { CreateRestaurantRequest, RestaurantView, RPC, UpdateRestaurantProfileRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

@ApiTags('restaurant')
@Controller('restaurant/profile')
export class RestaurantProfileController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Authenticated('restaurant_owner')
  @ApiOperation({ summary: 'Create your restaurant (status pending until an admin approves it)' })
  create(@Body() body: CreateRestaurantRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.createRestaurant, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'The restaurant you act for (with the reason when an admin rejected or suspended it)' })
  mine(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.myRestaurant, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Put()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Edit your restaurant profile (owner or manager)' })
  update(@Body() body: UpdateRestaurantProfileRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.updateProfile, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Post('reapply')
  @HttpCode(200)
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Ask for a new review of a rejected restaurant (it becomes pending again)' })
  reapply(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.reapplyRestaurant, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }
}
