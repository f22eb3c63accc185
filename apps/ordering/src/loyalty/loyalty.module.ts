import { Module } from '@nestjs/common';
import { SendReferralHandler, SendReferralService } from '../referrals/commands/send-referral/send-referral.handler';
import { TrackCustomerService } from '../referrals/commands/track-customer/track-customer.service';
import { UserEventsHandler } from '../referrals/commands/track-customer/user-events.handler';
import { CustomerProfileRepository } from '../referrals/customer-profile.repository';
import { CustomerProfiles } from '../referrals/customer-profiles';
import { ReferralStatsHandler } from '../referrals/queries/referral-stats/referral-stats.handler';
import { ReferralRepository } from '../referrals/referral.repository';
import { BirthdayBonusJob } from './commands/birthday-bonus/birthday-bonus.job';
import { EarnOnCompletionService } from './commands/earn-on-completion/earn-on-completion.service';
import { OrderCompletedHandler } from './commands/earn-on-completion/order-completed.handler';
import { OrderCancelledHandler } from './commands/restore-on-cancellation/order-cancelled.handler';
import { LoyaltyLedger } from './loyalty-ledger';
import { LoyaltyLedgerRepository } from './loyalty-ledger.repository';
import { GetHistoryHandler } from './queries/get-history/get-history.handler';
import { GetPointsHandler } from './queries/get-points/get-points.handler';

/**
 * Loyalty points (the ledger, used by placement to redeem; earning on ordering's own order.completed,
 * giving back on order.cancelled; the birthday job) and referrals (customer profiles fed by identity's
 * user events, invitations, stats), one module because a referral pays out in points.
 */
@Module({
  controllers: [OrderCompletedHandler, OrderCancelledHandler, GetPointsHandler, GetHistoryHandler, UserEventsHandler, SendReferralHandler, ReferralStatsHandler],
  providers: [
    LoyaltyLedger, LoyaltyLedgerRepository, EarnOnCompletionService, BirthdayBonusJob,
    CustomerProfiles, CustomerProfileRepository, ReferralRepository, TrackCustomerService, SendReferralService,
  ],
  exports: [LoyaltyLedger],
})
export class LoyaltyModule {}
