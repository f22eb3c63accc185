import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ChangePlanRequest, RestaurantSubscriptionView, RPC, RpcRequest, SubscriptionPlanView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdRequest, MANAGERS, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { findActingRestaurant } from '../acting-restaurant';
import { ChangePlanService } from './change-plan.service';
import { allPlans, subscriptionView } from './subscription.views';

@Controller()
export class SubscriptionRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly changePlan: ChangePlanService,
  ) {}

  @RpcEndpoint(RPC.catalog.getSubscription)
  async get(@Payload() req: RpcRequest<unknown>): Promise<RestaurantSubscriptionView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return subscriptionView(await findActingRestaurant(this.tx, actor, MANAGERS));
  }

  @RpcEndpoint(RPC.catalog.listSubscriptionPlans)
  plans(@Payload() req: RpcRequest<unknown>): SubscriptionPlanView[] {
    requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return allPlans();
  }

  @RpcEndpoint(RPC.catalog.changeSubscriptionPlan)
  async change(@Payload() req: RpcRequest<unknown>): Promise<RestaurantSubscriptionView> {
    const actor = requireActor(req, 'restaurant_owner');
    return this.changePlan.change(actor, validData(ChangePlanRequest, req.data).plan);
  }

  @RpcEndpoint(RPC.catalog.confirmSubscriptionPlan)
  async confirm(@Payload() req: RpcRequest<unknown>): Promise<RestaurantSubscriptionView> {
    requireActor(req, 'admin');
    return this.changePlan.confirm(validData(IdRequest, req.data).id);
  }
}
