import { PlatterError } from '@platter/contracts';
import { CouponTerms, assertCouponApplies, couponDiscount, couponKey } from './coupon-rules';

const terms = (over: Partial<CouponTerms> = {}): CouponTerms => ({
  code: 'WELCOME10', kind: 'percent', percent_bps: 1000, amount: null, max_discount: null, min_subtotal: 0, currency: 'XAF',
  starts_at: null, ends_at: null, max_uses: null, per_customer_limit: null, uses_count: 0, is_active: true, ...over,
});
const now = new Date('2026-06-01T12:00:00Z');
const order = { currency: 'XAF', subtotal: 10_000, now, usedByBuyer: 0 };

function why(coupon: CouponTerms, over: Partial<typeof order> = {}): string {
  try {
    assertCouponApplies(coupon, { ...order, ...over });
  } catch (err) {
    expect((err as PlatterError).code).toBe('COUPON_NOT_APPLICABLE');
    expect((err as PlatterError).status).toBe(422);
    return (err as PlatterError).message;
  }
  return 'applies';
}

describe('coupon discount', () => {
  it('takes a percent of the subtotal, rounded down to a whole minor unit', () => {
    expect(couponDiscount(terms(), 10_000)).toBe(1000);
    expect(couponDiscount(terms({ percent_bps: 1250 }), 999)).toBe(124); // 124.875
    expect(couponDiscount(terms({ percent_bps: 333 }), 100)).toBe(3); // 3.33
  });

  it('caps a percent at max_discount', () => {
    expect(couponDiscount(terms({ percent_bps: 5000, max_discount: 2000 }), 10_000)).toBe(2000);
    expect(couponDiscount(terms({ percent_bps: 5000, max_discount: 2000 }), 3000)).toBe(1500);
  });

  it('takes a fixed amount, never more than the subtotal', () => {
    expect(couponDiscount(terms({ kind: 'fixed', percent_bps: null, amount: 1500 }), 10_000)).toBe(1500);
    expect(couponDiscount(terms({ kind: 'fixed', percent_bps: null, amount: 1500 }), 900)).toBe(900);
    expect(couponDiscount(terms({ percent_bps: 10_000 }), 4321)).toBe(4321);
  });
});

describe('coupon applicability', () => {
  it('applies when active, in its window, in its currency, above its minimum and not used up', () => {
    expect(why(terms({ starts_at: new Date('2026-05-01'), ends_at: new Date('2026-07-01'), min_subtotal: 10_000, max_uses: 5, uses_count: 4, per_customer_limit: 1 }))).toBe('applies');
  });

  it('says why it does not apply', () => {
    expect(why(terms({ is_active: false }))).toBe('Coupon WELCOME10 is not active');
    expect(why(terms({ starts_at: new Date('2026-06-02T00:00:00Z') }))).toBe('Coupon WELCOME10 is not valid before 2026-06-02T00:00:00.000Z');
    expect(why(terms({ ends_at: now }))).toBe('Coupon WELCOME10 expired on 2026-06-01T12:00:00.000Z');
    expect(why(terms({ currency: 'EGP' }))).toBe('Coupon WELCOME10 is for orders in EGP');
    expect(why(terms({ min_subtotal: 15_000 }))).toBe('Coupon WELCOME10 needs a subtotal of at least 15000 XAF (this order: 10000 XAF)');
    expect(why(terms({ max_uses: 3, uses_count: 3 }))).toBe('Coupon WELCOME10 has been used up');
    expect(why(terms({ per_customer_limit: 1 }), { usedByBuyer: 1 })).toBe('Coupon WELCOME10 can be used 1 time per customer, and you have used it already');
    expect(why(terms({ per_customer_limit: 2 }), { usedByBuyer: 1 })).toBe('applies');
  });

  it('compares codes case-insensitively', () => {
    expect(couponKey(' Welcome10 ')).toBe(couponKey('WELCOME10'));
  });
});
