import { Injectable } from '@nestjs/common';
import { ReviewView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Review } from './review.entity';

/** A review as the customer's list shows it: with its order's number and the points it earned. */
export type ListedReview = Omit<ReviewView, 'created_at'> & { created_at: Date };

/** Reviews and guests' feedback, one per order. Every method runs in the caller's transaction. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly tx: TransactionHost) {}

  reviewed(orderId: string): Promise<boolean> {
    return this.tx.repository(Review).existsBy({ order_id: orderId });
  }

  async insert(review: Review): Promise<void> {
    await this.tx.repository(Review).insert(review);
  }

  /** One page of the customer's reviews, newest first, and how many they wrote. */
  async byCustomer(customerId: string, page: { page: number; limit: number }): Promise<[ListedReview[], number]> {
    const rows = await this.tx.manager
      .createQueryBuilder(Review, 'r')
      .innerJoin('orders', 'o', 'o.id = r.order_id')
      .leftJoin('loyalty_entries', 'e', `e.movement_key = 'review:' || r.order_id`)
      .select('r.id', 'id')
      .addSelect('r.order_id', 'order_id')
      .addSelect('o.order_number', 'order_number')
      .addSelect('r.restaurant_id', 'restaurant_id')
      .addSelect('r.rating', 'rating')
      .addSelect('r.driver_rating', 'driver_rating')
      .addSelect('r.comment', 'comment')
      .addSelect('coalesce(e.points, 0)::int', 'points_earned')
      .addSelect('r.created_at', 'created_at')
      .where('r.customer_id = :customerId', { customerId })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(page.limit)
      .offset((page.page - 1) * page.limit)
      .getRawMany<ListedReview>();
    const total = await this.tx.repository(Review).countBy({ customer_id: customerId });
    return [rows, total];
  }
}
