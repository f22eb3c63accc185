import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, StaffMemberView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { RestaurantTeam } from '../../restaurant-team';

/** The team of the restaurant the caller acts for; every member may see who they work with. */
@Controller()
export class ListStaffRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly team: RestaurantTeam,
  ) {}

  @RpcEndpoint(RPC.identity.staffList)
  async list(@Payload() req: RpcRequest<unknown>): Promise<StaffMemberView[]> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.tx.run(async () => this.team.views((await this.team.actingMember(actor)).restaurant_id));
  }
}
