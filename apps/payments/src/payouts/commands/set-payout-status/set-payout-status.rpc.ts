import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { PayoutView, RPC, RpcRequest, SetPayoutStatusRequest } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { PayoutsService } from '../../payouts.service';

/** PUT /admin/payouts/:id/status: a pending payout recorded paid, or failed (the money goes back to the payee). */
@Controller()
export class SetPayoutStatusRpc {
  constructor(private readonly payouts: PayoutsService) {}

  @RpcEndpoint(RPC.payments.adminSetPayoutStatus)
  setStatus(@Payload() req: RpcRequest<unknown>): Promise<PayoutView> {
    const actor = requireActor(req, 'admin');
    const data = validData(SetPayoutStatusRequest, req.data);
    return this.payouts.setStatus(actor, data.id, data.status, data.reference, data.reason);
  }
}
