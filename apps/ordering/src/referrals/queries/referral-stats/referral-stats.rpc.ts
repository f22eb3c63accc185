import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, ReferralStatsView, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { REFERRAL_POINTS } from '../../../loyalty/loyalty-points';
import { LoyaltyLedgerRepository } from '../../../loyalty/loyalty-ledger.repository';
import { CustomerProfileRepository } from '../../customer-profile.repository';
import { CustomerProfiles } from '../../customer-profiles';
import { ReferralRepository } from '../../referral.repository';

/** GET /client/referrals/stats: the customer's code and how their referrals went. */
@Controller()
export class ReferralStatsRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly profiles: CustomerProfiles,
    private readonly referrals: ReferralRepository,
    private readonly profileRows: CustomerProfileRepository,
    private readonly ledger: LoyaltyLedgerRepository,
  ) {}

  @RpcEndpoint(RPC.ordering.referralStats)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<ReferralStatsView> {
    const customer = requireActor(req, 'customer');
    return this.tx.run(async () => {
      const profile = await this.profiles.ensure(customer.user_id);
      const invited = await this.referrals.invitedBy(customer.user_id);
      const { signedUp, completed } = await this.profileRows.referred(customer.user_id);
      const pointsEarned = await this.ledger.earnedAs(customer.user_id, 'referral');
      return {
        referral_code: profile.referral_code, invited, signed_up: signedUp, completed, points_earned: pointsEarned, bonus_per_referral: REFERRAL_POINTS,
      };
    });
  }
}
