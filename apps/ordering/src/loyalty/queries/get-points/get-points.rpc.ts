import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { LoyaltyPointsView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { LoyaltyLedgerRepository } from '../../loyalty-ledger.repository';
import {
  BIRTHDAY_POINTS, ORDER_POINTS_PER_BLOCK, REFERRAL_POINTS, REVIEW_POINTS, redemptionOptions, tierFor, worthOf,
} from '../../loyalty-points';

/** GET /client/loyalty/points: the balance, its worth, the tier and what the points buy. */
@Controller()
export class GetPointsRpc {
  constructor(private readonly ledger: LoyaltyLedgerRepository) {}

  @RpcEndpoint(RPC.ordering.loyaltyPoints)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<LoyaltyPointsView> {
    const customer = requireActor(req, 'customer');
    const account = await this.ledger.account(customer.user_id);
    const balance = account?.balance ?? 0;
    return {
      balance,
      worth: worthOf(balance),
      tier: tierFor(account?.lifetime_earned ?? 0),
      redemption_options: redemptionOptions(balance),
      earning: { per_1000_xaf: ORDER_POINTS_PER_BLOCK, review: REVIEW_POINTS, referral: REFERRAL_POINTS, birthday: BIRTHDAY_POINTS },
    };
  }
}
