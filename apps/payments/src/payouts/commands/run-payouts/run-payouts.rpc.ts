import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { PayoutView, RPC, RpcRequest, RunPayoutsRequest } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { PayoutsService } from '../../payouts.service';

/** POST /admin/payouts/run: due commission records grouped into restaurant payouts now. */
@Controller()
export class RunPayoutsRpc {
  constructor(private readonly payouts: PayoutsService) {}

  @RpcEndpoint(RPC.payments.adminRunPayouts)
  async run(@Payload() req: RpcRequest<unknown>): Promise<{ payouts: PayoutView[] }> {
    const actor = requireActor(req, 'admin');
    const data = validData(RunPayoutsRequest, req.data);
    return { payouts: await this.payouts.runRestaurantPayouts(data.as_of ? new Date(data.as_of) : new Date(), actor.user_id) };
  }
}
