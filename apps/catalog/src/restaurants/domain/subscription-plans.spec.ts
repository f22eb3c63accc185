import { PLAN_NAMES, commissionRateFor } from './subscription-plans';

describe('subscription plans', () => {
  it('charge 15% on the basic plan and within the premium range (8–12%) on the others', () => {
    expect(commissionRateFor('basic')).toBe(0.15);
    expect(commissionRateFor('premium')).toBe(0.12);
    expect(commissionRateFor('enterprise')).toBe(0.08);
  });

  it('never raise the commission above the default', () => {
    for (const plan of PLAN_NAMES) expect(commissionRateFor(plan)).toBeLessThanOrEqual(0.15);
  });
});
