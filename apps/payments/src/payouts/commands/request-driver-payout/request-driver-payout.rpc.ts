import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { PayoutView, RPC, RequestDriverPayoutRequest, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { RequestKeys } from '../../../transactions/request-keys';
import { PayoutsService } from '../../payouts.service';

/** POST /driver/payouts/request: at most the driver's available balance. */
@Controller()
export class RequestDriverPayoutRpc {
  constructor(
    private readonly payouts: PayoutsService,
    private readonly keys: RequestKeys,
  ) {}

  @RpcEndpoint(RPC.payments.requestDriverPayout)
  request(@Payload() req: RpcRequest<unknown>): Promise<PayoutView> {
    const actor = requireActor(req, 'driver');
    const data = validData(RequestDriverPayoutRequest, req.data);
    return this.keys.inTransaction(actor.user_id, data.idempotency_key, 'driver-payout', data, () => this.payouts.requestDriverPayout(actor, data.amount, data.phone, data.currency));
  }
}
