import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { LoyaltyHistoryEntry, Page, PageQuery, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { pageOf, PageRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { LoyaltyEntry } from '../../loyalty-entry.entity';
import { describeMovement } from '../../rewards';

/** GET /client/loyalty/history: every movement of the customer's points, newest first. */
@Controller()
export class GetHistoryHandler {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.ordering.loyaltyHistory)
  async handle(@Payload() req: RpcRequest<Partial<PageQuery>>): Promise<Page<LoyaltyHistoryEntry>> {
    const customer = requireActor(req, 'customer');
    const query = validData(PageRequest, req.data);
    const [entries, total] = await this.tx.repository(LoyaltyEntry).findAndCount({
      where: { customer_id: customer.user_id },
      order: { created_at: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    const items = entries.map((e) => ({
      id: e.id,
      points: e.points,
      kind: e.kind,
      order_id: e.order_id,
      description: describeMovement(e.kind, e.points),
      created_at: e.created_at.toISOString(),
    }));
    return pageOf(items, query, total);
  }
}
