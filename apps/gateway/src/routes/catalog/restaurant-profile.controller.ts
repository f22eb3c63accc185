import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { RPC, RestaurantView } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { CreateRestaurantDto } from './dto/create-restaurant.dto';

@ApiTags('restaurant')
@Controller('restaurant/profile')
export class RestaurantProfileController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Authenticated('restaurant_owner')
  @ApiOperation({ summary: 'Create your restaurant (status pending until an admin approves it)' })
  create(@Body() body: CreateRestaurantDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.createRestaurant, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'The restaurant you act for' })
  mine(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.myRestaurant, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }
}
