import { OrderingException } from '../orders/ordering.exception';

/** What the rules read of a coupon. */
export interface CouponTerms {
  code: string;
  kind: 'percent' | 'fixed';
  percent_bps: number | null;
  amount: number | null;
  max_discount: number | null;
  min_subtotal: number;
  currency: string;
  starts_at: Date | null;
  ends_at: Date | null;
  max_uses: number | null;
  per_customer_limit: number | null;
  uses_count: number;
  is_active: boolean;
}

/** How codes are compared: case-insensitively, surrounding spaces ignored. */
export function couponKey(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * What the coupon takes off this subtotal, in whole minor units: a percent rounded down (never
 * more than the percentage says), capped by max_discount; a fixed amount; never more than the subtotal.
 */
export function couponDiscount(coupon: Pick<CouponTerms, 'kind' | 'percent_bps' | 'amount' | 'max_discount'>, subtotal: number): number {
  let discount = coupon.kind === 'percent' ? Math.floor((subtotal * (coupon.percent_bps ?? 0)) / 10_000) : (coupon.amount ?? 0);
  if (coupon.max_discount !== null && coupon.max_discount !== undefined) discount = Math.min(discount, coupon.max_discount);
  return Math.max(0, Math.min(discount, subtotal));
}

/**
 * Throws COUPON_NOT_APPLICABLE (422) saying why when the coupon cannot be used on this order by
 * this buyer (`usedByBuyer`: the buyer's uses still held by other orders).
 */
export function assertCouponApplies(
  coupon: CouponTerms,
  order: { currency: string; subtotal: number; now: Date; usedByBuyer: number },
  format: (amount: number) => string = String,
): void {
  const no = (why: string) => new OrderingException('COUPON_NOT_APPLICABLE', `Coupon ${coupon.code} ${why}`);
  if (!coupon.is_active) throw no('is not active');
  if (coupon.starts_at && order.now < coupon.starts_at) throw no(`is not valid before ${coupon.starts_at.toISOString()}`);
  if (coupon.ends_at && order.now >= coupon.ends_at) throw no(`expired on ${coupon.ends_at.toISOString()}`);
  if (coupon.currency !== order.currency) throw no(`is for orders in ${coupon.currency}`);
  if (order.subtotal < coupon.min_subtotal) {
    throw no(`needs a subtotal of at least ${format(coupon.min_subtotal)} ${coupon.currency} (this order: ${format(order.subtotal)} ${coupon.currency})`);
  }
  if (coupon.max_uses !== null && coupon.uses_count >= coupon.max_uses) throw no('has been used up');
  if (coupon.per_customer_limit !== null && order.usedByBuyer >= coupon.per_customer_limit) {
    throw no(`can be used ${coupon.per_customer_limit} time${coupon.per_customer_limit === 1 ? '' : 's'} per customer, and you have used it already`);
  }
}
