import { Earning } from './loyalty-ledger';
import { BIRTHDAY_POINTS, REFERRAL_POINTS, REVIEW_POINTS, pointsForOrder } from './loyalty-points';

// Each earning with the unique key that makes it happen once, whatever is redelivered.

/** A customer's completed order: 10 points per 1000 XAF; null when it earns nothing (guest, other currency, small). */
export function orderEarning(order: { order_id: string; customer_id?: string | null; total_amount: number; currency: string }): Earning | null {
  const points = pointsForOrder(order.total_amount, order.currency);
  if (!order.customer_id || points <= 0) return null;
  return { customerId: order.customer_id, points, kind: 'order_completed', key: `order_completed:${order.order_id}`, orderId: order.order_id };
}

/** A customer's review of an order: once per order. */
export function reviewEarning(customerId: string, orderId: string): Earning {
  return { customerId, points: REVIEW_POINTS, kind: 'review', key: `review:${orderId}`, orderId };
}

/** The referrer's bonus for a referred customer's first completed order: once per referred customer. */
export function referralEarning(referrerId: string, referredId: string, orderId: string | null): Earning {
  return { customerId: referrerId, points: REFERRAL_POINTS, kind: 'referral', key: `referral:${referredId}`, orderId, note: referredId };
}

/** The birthday bonus: once per customer per calendar year. */
export function birthdayEarning(customerId: string, year: number): Earning {
  return { customerId, points: BIRTHDAY_POINTS, kind: 'birthday', key: birthdayKey(customerId, year), note: String(year) };
}

export const birthdayKey = (customerId: string, year: number) => `birthday:${customerId}:${year}`;

/** What a history line says. */
export function describeMovement(kind: string, points: number): string {
  switch (kind) {
    case 'order_completed':
      return `Earned ${points} points on a completed order`;
    case 'review':
      return `Earned ${points} points for reviewing an order`;
    case 'referral':
      return `Earned ${points} points: a friend you referred completed their first order`;
    case 'birthday':
      return `Happy birthday! ${points} bonus points`;
    case 'redeemed':
      return `Spent ${-points} points on an order`;
    case 'restored':
      return `Got back ${points} points from a cancelled order`;
    default:
      return points >= 0 ? `Adjustment: +${points} points` : `Adjustment: ${points} points`;
  }
}
