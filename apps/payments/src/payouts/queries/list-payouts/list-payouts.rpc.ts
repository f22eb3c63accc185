import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { MyPayoutsRequest, Page, PayoutView, PayoutsRequest, RPC, RequestDriverPayoutRequest, RpcRequest, RunPayoutsRequest, SetPayoutStatusRequest } from '@platter/contracts';
import { RpcEndpoint, pageOf, requireActor, validData } from '@platter/service-kit';
import { RequestKeys } from '../payments/request-keys';
import { PayoutsService } from './payouts.service';

/** POST /driver/payouts/request, GET /driver/payouts, POST /admin/payouts/run, GET /admin/payouts, PUT /admin/payouts/:id/status. */
@Controller()
export class PayoutsHandler {
  constructor(
    private readonly payouts: PayoutsService,
    private readonly keys: RequestKeys,
  ) {}

  @RpcEndpoint(RPC.payments.requestDriverPayout)
  request(@Payload() req: RpcRequest<unknown>): Promise<PayoutView> {
    const actor = requireActor(req, 'driver');
    const data = validData(RequestDriverPayoutRequest, req.data);
    return this.keys.run(actor.user_id, data.idempotency_key, 'driver-payout', data, () => this.payouts.requestDriverPayout(actor, data.amount, data.phone, data.currency));
  }

  @RpcEndpoint(RPC.payments.listMyPayouts)
  async mine(@Payload() req: RpcRequest<unknown>): Promise<Page<PayoutView>> {
    const actor = requireActor(req, 'driver');
    const query = validData(MyPayoutsRequest, req.data);
    const { items, total } = await this.payouts.list({ payee_type: 'driver', payee_id: actor.user_id, status: query.status }, query.page, query.limit);
    return pageOf(items, query, total);
  }

  @RpcEndpoint(RPC.payments.adminRunPayouts)
  async run(@Payload() req: RpcRequest<unknown>): Promise<{ payouts: PayoutView[] }> {
    const actor = requireActor(req, 'admin');
    const data = validData(RunPayoutsRequest, req.data);
    return { payouts: await this.payouts.runRestaurantPayouts(data.as_of ? new Date(data.as_of) : new Date(), actor.user_id) };
  }

  @RpcEndpoint(RPC.payments.adminListPayouts)
  async list(@Payload() req: RpcRequest<unknown>): Promise<Page<PayoutView>> {
    requireActor(req, 'admin');
    const query = validData(PayoutsRequest, req.data);
    const { items, total } = await this.payouts.list(query, query.page, query.limit);
    return pageOf(items, query, total);
  }

  @RpcEndpoint(RPC.payments.adminSetPayoutStatus)
  setStatus(@Payload() req: RpcRequest<unknown>): Promise<PayoutView> {
    const actor = requireActor(req, 'admin');
    const data = validData(SetPayoutStatusRequest, req.data);
    return this.payouts.setStatus(actor, data.id, data.status, data.reference, data.reason);
  }
}
