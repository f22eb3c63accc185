import { Module } from '@nestjs/common';
import { LoyaltyModule } from '../loyalty/loyalty.module';
import { OrdersModule } from '../orders/orders.module';
import { SubmitReviewHandler } from './commands/submit-review/submit-review.handler';
import { SubmitReviewService } from './commands/submit-review/submit-review.service';
import { ListMyReviewsHandler } from './queries/list-my-reviews/list-my-reviews.handler';
import { ReviewRepository } from './review.repository';

/** Reviews of delivered orders (customers earn points for them) and guests' feedback; publishes review.submitted. */
@Module({
  imports: [LoyaltyModule, OrdersModule],
  controllers: [SubmitReviewHandler, ListMyReviewsHandler],
  providers: [SubmitReviewService, ReviewRepository],
})
export class ReviewsModule {}
