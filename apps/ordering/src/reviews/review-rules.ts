import { OrderStatus } from '@platter/contracts';
import { OrderingException } from '../orders/ordering.exception';

/** An order is reviewed once the food reached the customer. */
export const REVIEWABLE_STATUSES: readonly OrderStatus[] = ['delivered', 'completed'];

/** Throws the broken rule (422) if this review cannot be left on this order. */
export function assertReviewable(
  order: { status: OrderStatus; driver_id: string | null },
  review: { driver_rating?: number | null },
  alreadyReviewed: boolean,
): void {
  if (!REVIEWABLE_STATUSES.includes(order.status)) {
    throw new OrderingException('ORDER_NOT_REVIEWABLE', `An order can be reviewed once delivered or completed; this one is ${order.status}`);
  }
  if (alreadyReviewed) throw new OrderingException('ORDER_ALREADY_REVIEWED', 'This order has already been reviewed');
  if (review.driver_rating != null && !order.driver_id) {
    throw new OrderingException('NO_DRIVER_TO_RATE', 'This order had no driver to rate');
  }
}

/** A comment as stored: trimmed, empty means none. */
export function cleanComment(comment: string | null | undefined): string | null {
  const trimmed = typeof comment === 'string' ? comment.trim() : '';
  return trimmed === '' ? null : trimmed;
}
