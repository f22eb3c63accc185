import { Module } from '@nestjs/common';
import { LoyaltyController } from './loyalty.controller';
import { ReferralsController } from './referrals.controller';
import { ClientReviewsController, GuestFeedbackController, MyReviewsController } from './reviews.controller';

/** /client/loyalty/*, /client/referrals/*, /client/orders/:id/review, /client/reviews, /guest/orders/:id/feedback → ordering. */
@Module({ controllers: [LoyaltyController, ReferralsController, ClientReviewsController, MyReviewsController, GuestFeedbackController] })
export class LoyaltyRoutesModule {}
