import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ChangePlanRequest, RestaurantSubscriptionView, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { ChangePlanService } from './change-plan.service';

/** The owner asks for another plan; an admin confirms a cheaper-commission one once it is paid. */
@Controller()
export class ChangePlanRpc {
  constructor(private readonly changePlan: ChangePlanService) {}

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
