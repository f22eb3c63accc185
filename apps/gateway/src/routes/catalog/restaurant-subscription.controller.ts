import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { ChangePlanRequest, RestaurantSubscriptionView, RPC, SubscriptionPlanView } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Subscription plans: each sets the restaurant's commission rate. Paying for a plan is not handled here. */
@ApiTags('restaurant')
@Controller('restaurant/subscription')
export class RestaurantSubscriptionController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: "Your restaurant's plan and commission rate (owner or manager)" })
  get(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantSubscriptionView> {
    return this.rpc.call(RPC.catalog.getSubscription, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Get('plans')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'The plans, their commission rates and monthly prices' })
  plans(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<SubscriptionPlanView[]> {
    return this.rpc.call(RPC.catalog.listSubscriptionPlans, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Post('upgrade')
  @HttpCode(200)
  @Authenticated('restaurant_owner')
  @ApiOperation({ summary: 'Move your restaurant to another plan (owner only); the commission rate follows' })
  change(@Body() body: ChangePlanRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantSubscriptionView> {
    return this.rpc.call(RPC.catalog.changeSubscriptionPlan, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }
}
