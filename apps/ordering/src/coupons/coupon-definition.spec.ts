import { CouponDefinition, couponDefinitionProblems } from './coupon-definition';

const percent: CouponDefinition = { kind: 'percent', percent_bps: 1000, amount: null, max_discount: 2000, starts_at: null, ends_at: null, max_uses: null, uses_count: 0 };
const fixed: CouponDefinition = { ...percent, kind: 'fixed', percent_bps: null, amount: 500, max_discount: null };
const fields = (c: CouponDefinition) => couponDefinitionProblems(c).map((p) => p.field);

describe('coupon definition', () => {
  it('accepts a capped percent coupon and a fixed one', () => {
    expect(fields(percent)).toEqual([]);
    expect(fields(fixed)).toEqual([]);
  });

  it('needs the figure of its kind and refuses the other kind’s', () => {
    expect(fields({ ...percent, percent_bps: null, amount: 300 })).toEqual(['percent_bps', 'amount']);
    expect(fields({ ...fixed, amount: null, percent_bps: 500, max_discount: 100 })).toEqual(['amount', 'percent_bps', 'max_discount']);
  });

  it('needs its window to end after it starts', () => {
    expect(fields({ ...percent, starts_at: new Date('2026-02-01'), ends_at: new Date('2026-01-01') })).toEqual(['ends_at']);
    expect(fields({ ...percent, starts_at: new Date('2026-01-01'), ends_at: new Date('2026-02-01') })).toEqual([]);
  });

  it('cannot lower max_uses under the uses already made', () => {
    expect(fields({ ...percent, max_uses: 2, uses_count: 3 })).toEqual(['max_uses']);
    expect(fields({ ...percent, max_uses: 3, uses_count: 3 })).toEqual([]);
  });
});
