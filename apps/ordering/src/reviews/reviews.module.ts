import { Module } from '@nestjs/common';
import { LoyaltyModule } from '../loyalty/loyalty.module';
import { OrdersModule } from '../orders/orders.module';
import { SubmitReviewRpc } from './commands/submit-review/submit-review.rpc';
import { SubmitReviewService } from './commands/submit-review/submit-review.service';
import { ListMyReviewsRpc } from './queries/list-my-reviews/list-my-reviews.rpc';
import { ReviewRepository } from './review.repository';

/** Reviews of delivered orders (customers earn points for them) and guests' feedback; publishes review.submitted. */
@Module({
  imports: [LoyaltyModule, OrdersModule],
  controllers: [SubmitReviewRpc, ListMyReviewsRpc],
  providers: [SubmitReviewService, ReviewRepository],
})
export class ReviewsModule {}
