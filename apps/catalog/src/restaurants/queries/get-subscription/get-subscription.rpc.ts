import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RestaurantSubscriptionView, RPC, RpcRequest, SubscriptionPlanView } from '@platter/contracts';
import { MANAGERS, requireActor, RpcEndpoint } from '@platter/service-kit';
import { ActingRestaurants } from '../../acting-restaurant';
import { allPlans, subscriptionView } from '../../subscription.views';

/** The restaurant's plan (owner or manager), and the plans there are. */
@Controller()
export class GetSubscriptionRpc {
  constructor(private readonly actingRestaurants: ActingRestaurants) {}

  @RpcEndpoint(RPC.catalog.getSubscription)
  async get(@Payload() req: RpcRequest<unknown>): Promise<RestaurantSubscriptionView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return subscriptionView(await this.actingRestaurants.find(actor, MANAGERS));
  }

  @RpcEndpoint(RPC.catalog.listSubscriptionPlans)
  plans(@Payload() req: RpcRequest<unknown>): SubscriptionPlanView[] {
    requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return allPlans();
  }
}
