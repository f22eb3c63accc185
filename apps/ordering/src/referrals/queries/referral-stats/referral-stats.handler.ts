import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, ReferralStatsView, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { REFERRAL_POINTS } from '../../../loyalty/loyalty-points';
import { CustomerProfiles } from '../../customer-profiles';

/** GET /client/referrals/stats: the customer's code and how their referrals went. */
@Controller()
export class ReferralStatsHandler {
  constructor(
    private readonly tx: TransactionHost,
    private readonly profiles: CustomerProfiles,
  ) {}

  @RpcEndpoint(RPC.ordering.referralStats)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<ReferralStatsView> {
    const customer = requireActor(req, 'customer');
    return this.tx.run(async () => {
      const profile = await this.profiles.ensure(customer.user_id);
      const [row] = (await this.tx.manager.query(
        `SELECT
           (SELECT count(*) FROM referral_invitations WHERE referrer_id = $1)::int AS invited,
           (SELECT count(*) FROM customer_profiles WHERE referred_by = $1)::int AS signed_up,
           (SELECT count(*) FROM customer_profiles WHERE referred_by = $1 AND first_order_completed_at IS NOT NULL)::int AS completed,
           (SELECT coalesce(sum(points), 0) FROM loyalty_entries WHERE customer_id = $1 AND kind = 'referral')::int AS points_earned`,
        [customer.user_id],
      )) as { invited: number; signed_up: number; completed: number; points_earned: number }[];
      return { referral_code: profile.referral_code, ...row, bonus_per_referral: REFERRAL_POINTS };
    });
  }
}
