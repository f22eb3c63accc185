import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverEarningView, DriverEarningsRequest, DriverEarningsSummary, Page, RPC, RpcRequest, WalletQueryRequest } from '@platter/contracts';
import { RpcEndpoint, pageOf, requireActor, validData } from '@platter/service-kit';
import { DriverEarningsService } from './driver-earnings.service';

/** GET /driver/earnings, GET /driver/earnings/summary. */
@Controller()
export class DriverEarningsRpc {
  constructor(private readonly earnings: DriverEarningsService) {}

  @RpcEndpoint(RPC.payments.driverEarnings)
  async list(@Payload() req: RpcRequest<unknown>): Promise<Page<DriverEarningView>> {
    const actor = requireActor(req, 'driver');
    const query = validData(DriverEarningsRequest, req.data);
    const { items, total } = await this.earnings.list(actor.user_id, query.page, query.limit);
    return pageOf(items, query, total);
  }

  @RpcEndpoint(RPC.payments.driverEarningsSummary)
  summary(@Payload() req: RpcRequest<unknown>): Promise<DriverEarningsSummary> {
    const actor = requireActor(req, 'driver');
    return this.earnings.summary(actor.user_id, validData(WalletQueryRequest, req.data).currency);
  }
}
