import { Module } from '@nestjs/common';
import { LoyaltyModule } from '../loyalty/loyalty.module';
import { SubmitReviewHandler } from './commands/submit-review/submit-review.handler';
import { SubmitReviewService } from './commands/submit-review/submit-review.service';
import { ListMyReviewsHandler } from './queries/list-my-reviews/list-my-reviews.handler';

/** Reviews of delivered orders (customers earn points for them) and guests' feedback; publishes review.submitted. */
@Module({
  imports: [LoyaltyModule],
  controllers: [SubmitReviewHandler, ListMyReviewsHandler],
  providers: [SubmitReviewService],
})
export class ReviewsModule {}
