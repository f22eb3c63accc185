import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { MyRestaurantMembership, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { RestaurantMembershipRepository } from '../../restaurant-membership.repository';

/** The restaurants the caller may act for; one is chosen with `POST /auth/refresh {restaurant_id}`. */
@Controller()
export class ListMyMembershipsRpc {
  constructor(private readonly memberships: RestaurantMembershipRepository) {}

  @RpcEndpoint(RPC.identity.myMemberships)
  async list(@Payload() req: RpcRequest<unknown>): Promise<MyRestaurantMembership[]> {
    const actor = requireActor(req);
    const memberships = await this.memberships.ofUser(actor.user_id);
    return memberships.map((m) => ({ restaurant_id: m.restaurant_id, membership_role: m.role }));
  }
}
