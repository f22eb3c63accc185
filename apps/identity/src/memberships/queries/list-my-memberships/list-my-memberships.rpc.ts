import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { MyRestaurantMembership, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { RestaurantMembership } from '../../restaurant-membership.entity';

/** The restaurants the caller may act for; one is chosen with `POST /auth/refresh {restaurant_id}`. */
@Controller()
export class ListMyMembershipsRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.identity.myMemberships)
  async list(@Payload() req: RpcRequest<unknown>): Promise<MyRestaurantMembership[]> {
    const actor = requireActor(req);
    const memberships = await this.tx.repository(RestaurantMembership).find({ where: { user_id: actor.user_id }, order: { created_at: 'ASC', id: 'ASC' } });
    return memberships.map((m) => ({ restaurant_id: m.restaurant_id, membership_role: m.role }));
  }
}
