import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DriverEarningView, DriverEarningsSummary, Page, RPC, RpcRequest } from '@platter/contracts';
import { PageRequest, pageOf, requireActor, validData } from '@platter/service-kit';
import { WalletRequest } from '../wallet/wallet.requests';
import { EarningsService } from './earnings.service';

/** GET /driver/earnings, GET /driver/earnings/summary. */
@Controller()
export class EarningsHandler {
  constructor(private readonly earnings: EarningsService) {}

  @MessagePattern(RPC.payments.driverEarnings)
  async list(@Payload() req: RpcRequest<unknown>): Promise<Page<DriverEarningView>> {
    const actor = requireActor(req, 'driver');
    const query = validData(PageRequest, req.data);
    const { items, total } = await this.earnings.list(actor.user_id, query.page, query.limit);
    return pageOf(items, query, total);
  }

  @MessagePattern(RPC.payments.driverEarningsSummary)
  summary(@Payload() req: RpcRequest<unknown>): Promise<DriverEarningsSummary> {
    const actor = requireActor(req, 'driver');
    return this.earnings.summary(actor.user_id, validData(WalletRequest, req.data).currency);
  }
}
