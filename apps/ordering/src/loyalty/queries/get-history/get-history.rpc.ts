import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { LoyaltyHistoryEntry, Page, PageQuery, RPC, RpcRequest } from '@platter/contracts';
import { pageOf, PageRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { LoyaltyLedgerRepository } from '../../loyalty-ledger.repository';
import { describeMovement } from '../../rewards';

/** GET /client/loyalty/history: every movement of the customer's points, newest first. */
@Controller()
export class GetHistoryRpc {
  constructor(private readonly ledger: LoyaltyLedgerRepository) {}

  @RpcEndpoint(RPC.ordering.loyaltyHistory)
  async handle(@Payload() req: RpcRequest<Partial<PageQuery>>): Promise<Page<LoyaltyHistoryEntry>> {
    const customer = requireActor(req, 'customer');
    const query = validData(PageRequest, req.data);
    const [entries, total] = await this.ledger.history(customer.user_id, query);
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
