import { CouponView } from '@platter/contracts';
import { Coupon } from './coupon.entity';

export function toCouponView(c: Coupon): CouponView {
  return {
    id: c.id,
    scope: c.restaurant_id ? 'restaurant' : 'platform',
    restaurant_id: c.restaurant_id,
    code: c.code,
    discount_type: c.kind,
    percent_bps: c.percent_bps,
    amount: c.amount,
    max_discount: c.max_discount,
    min_subtotal: c.min_subtotal,
    currency: c.currency,
    starts_at: c.starts_at?.toISOString() ?? null,
    ends_at: c.ends_at?.toISOString() ?? null,
    max_uses: c.max_uses,
    uses_count: c.uses_count,
    per_customer_limit: c.per_customer_limit,
    is_active: c.is_active,
    created_at: c.created_at.toISOString(),
    updated_at: c.updated_at.toISOString(),
  };
}
