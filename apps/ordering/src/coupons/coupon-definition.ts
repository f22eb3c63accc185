import { ErrorDetail } from '@platter/contracts';
import { CouponKind } from './coupon.entity';

/** A coupon's terms as they would be stored, after a creation or an update is applied. */
export interface CouponDefinition {
  kind: CouponKind;
  percent_bps: number | null;
  amount: number | null;
  max_discount: number | null;
  starts_at: Date | null;
  ends_at: Date | null;
  max_uses: number | null;
  uses_count: number;
}

/** What is wrong with a coupon's terms taken together (each field is already checked on its own). */
export function couponDefinitionProblems(c: CouponDefinition): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (c.kind === 'percent') {
    if (c.percent_bps === null) problems.push({ field: 'percent_bps', message: 'percent_bps is required for a percent coupon (1000 = 10 %)' });
    if (c.amount !== null) problems.push({ field: 'amount', message: 'amount is for fixed coupons; a percent coupon takes percent_bps' });
  } else {
    if (c.amount === null) problems.push({ field: 'amount', message: 'amount is required for a fixed coupon' });
    if (c.percent_bps !== null) problems.push({ field: 'percent_bps', message: 'percent_bps is for percent coupons; a fixed coupon takes amount' });
    if (c.max_discount !== null) problems.push({ field: 'max_discount', message: 'max_discount caps percent coupons only' });
  }
  if (c.starts_at && c.ends_at && c.ends_at <= c.starts_at) problems.push({ field: 'ends_at', message: 'ends_at must be after starts_at' });
  if (c.max_uses !== null && c.max_uses < c.uses_count) {
    problems.push({ field: 'max_uses', message: `max_uses cannot be below the ${c.uses_count} uses already made` });
  }
  return problems;
}
