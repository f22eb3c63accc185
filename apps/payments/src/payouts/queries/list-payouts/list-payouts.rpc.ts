import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { MyPayoutsRequest, Page, PayoutView, PayoutsRequest, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, pageOf, requireActor, validData } from '@platter/service-kit';
import { PayoutsService } from '../../payouts.service';

/** GET /driver/payouts (the driver's own) and GET /admin/payouts (every payee's, filtered). */
@Controller()
export class ListPayoutsRpc {
  constructor(private readonly payouts: PayoutsService) {}

  @RpcEndpoint(RPC.payments.listMyPayouts)
  async mine(@Payload() req: RpcRequest<unknown>): Promise<Page<PayoutView>> {
    const actor = requireActor(req, 'driver');
    const query = validData(MyPayoutsRequest, req.data);
    const { items, total } = await this.payouts.list({ payee_type: 'driver', payee_id: actor.user_id, status: query.status }, query.page, query.limit);
    return pageOf(items, query, total);
  }

  @RpcEndpoint(RPC.payments.adminListPayouts)
  async list(@Payload() req: RpcRequest<unknown>): Promise<Page<PayoutView>> {
    requireActor(req, 'admin');
    const query = validData(PayoutsRequest, req.data);
    const { items, total } = await this.payouts.list(query, query.page, query.limit);
    return pageOf(items, query, total);
  }
}
