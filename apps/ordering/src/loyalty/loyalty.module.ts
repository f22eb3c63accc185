import { Module } from '@nestjs/common';
import { SendReferralRpc } from '../referrals/commands/send-referral/send-referral.rpc';
import { SendReferralService } from '../referrals/commands/send-referral/send-referral.service';
import { TrackCustomerService } from '../referrals/commands/track-customer/track-customer.service';
import { UserEventsConsumer } from '../referrals/commands/track-customer/user-events.consumer';
import { CustomerProfileRepository } from '../referrals/customer-profile.repository';
import { CustomerProfiles } from '../referrals/customer-profiles';
import { ReferralStatsRpc } from '../referrals/queries/referral-stats/referral-stats.rpc';
import { ReferralRepository } from '../referrals/referral.repository';
import { BirthdayBonusJob } from './commands/birthday-bonus/birthday-bonus.job';
import { EarnOnCompletionService } from './commands/earn-on-completion/earn-on-completion.service';
import { OrderCompletedConsumer } from './commands/earn-on-completion/order-completed.consumer';
import { OrderCancelledConsumer } from './commands/restore-on-cancellation/order-cancelled.consumer';
import { LoyaltyLedger } from './loyalty-ledger';
import { LoyaltyLedgerRepository } from './loyalty-ledger.repository';
import { GetHistoryRpc } from './queries/get-history/get-history.rpc';
import { GetPointsRpc } from './queries/get-points/get-points.rpc';

/**
 * Loyalty points (the ledger, used by placement to redeem; earning on ordering's own order.completed,
 * giving back on order.cancelled; the birthday job) and referrals (customer profiles fed by identity's
 * user events, invitations, stats), one module because a referral pays out in points.
 */
@Module({
  controllers: [OrderCompletedConsumer, OrderCancelledConsumer, GetPointsRpc, GetHistoryRpc, UserEventsConsumer, SendReferralRpc, ReferralStatsRpc],
  providers: [
    LoyaltyLedger, LoyaltyLedgerRepository, EarnOnCompletionService, BirthdayBonusJob,
    CustomerProfiles, CustomerProfileRepository, ReferralRepository, TrackCustomerService, SendReferralService,
  ],
  exports: [LoyaltyLedger],
})
export class LoyaltyModule {}
