import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { NotFoundError, ReviewView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { LoyaltyLedger } from '../../../loyalty/loyalty-ledger';
import { reviewEarning } from '../../../loyalty/rewards';
import { Order } from '../../../orders/order.entity';
import { OrderRepository } from '../../../orders/order.repository';
import { hashTrackingToken } from '../../../orders/tracking-token';
import { OrderingException } from '../../../orders/ordering.exception';
import { Review } from '../../review.entity';
import { ReviewRepository } from '../../review.repository';
import { assertReviewable, cleanComment } from '../../review-rules';
import { SubmitReviewRpcRequest as SubmitReviewRequest } from '@platter/contracts';

type Reviewer = { kind: 'customer'; customerId: string } | { kind: 'guest'; token: string };

/**
 * A customer reviews their delivered or completed order (50 loyalty points), or a guest leaves
 * feedback on theirs through its tracking token (no points); once per order; review.submitted commits
 * with it. Someone else's order, or a wrong token, is 404, as if it did not exist.
 */
@Injectable()
export class SubmitReviewService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly ledger: LoyaltyLedger,
    private readonly reviews: ReviewRepository,
    private readonly orders: OrderRepository,
  ) {}

  async submit(reviewer: Reviewer, data: SubmitReviewRequest): Promise<ReviewView> {
    try {
      return await this.tx.run(async () => {
        // Locked: two reviews of one order at once are checked one after the other.
        const order = await this.orders.lock(data.id);
        if (!order || !this.owns(reviewer, order)) throw new NotFoundError('Order');
        const alreadyReviewed = await this.reviews.reviewed(order.id);
        assertReviewable(order, data, alreadyReviewed);
        const review: Review = {
          id: randomUUID(),
          order_id: order.id,
          restaurant_id: order.restaurant_id,
          customer_id: reviewer.kind === 'customer' ? reviewer.customerId : null,
          source: reviewer.kind,
          driver_id: order.driver_id,
          rating: data.rating,
          driver_rating: data.driver_rating ?? null,
          comment: cleanComment(data.comment),
          created_at: new Date(),
        };
        await this.reviews.insert(review);
        let points = 0;
        if (reviewer.kind === 'customer') {
          const earning = reviewEarning(reviewer.customerId, order.id);
          if (await this.ledger.earn(earning)) points = earning.points;
        }
        await this.events.publish('review.submitted', {
          review_id: review.id,
          order_id: order.id,
          restaurant_id: order.restaurant_id,
          customer_id: review.customer_id,
          driver_id: review.driver_id,
          rating: review.rating,
          driver_rating: review.driver_rating,
          comment: review.comment,
        });
        return toReviewView(review, order.order_number, points);
      });
    } catch (err) {
      // Two first reviews racing past the check: the unique order_id decides.
      if ((err as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw new OrderingException('ORDER_ALREADY_REVIEWED', 'This order has already been reviewed');
      }
      throw err;
    }
  }

  private owns(reviewer: Reviewer, order: Order): boolean {
    if (reviewer.kind === 'customer') return order.customer_id === reviewer.customerId;
    return order.tracking_token_hash !== null && order.tracking_token_hash === hashTrackingToken(reviewer.token);
  }
}

export function toReviewView(review: Review, orderNumber: string, pointsEarned: number): ReviewView {
  return {
    id: review.id,
    order_id: review.order_id,
    order_number: orderNumber,
    restaurant_id: review.restaurant_id,
    rating: review.rating,
    driver_rating: review.driver_rating,
    comment: review.comment,
    points_earned: pointsEarned,
    created_at: review.created_at.toISOString(),
  };
}
