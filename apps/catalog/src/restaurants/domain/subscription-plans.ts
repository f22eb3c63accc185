/**
 * The marketplace takes 15% commission by default, 8–12% from restaurants on a paid plan. The plan's price is shown, not
 * charged here: paying for a plan belongs to payments and is not part of the catalog.
 */
export const SUBSCRIPTION_PLANS = {
  basic: { commission_rate: 0.15, monthly_price: 0 },
  premium: { commission_rate: 0.12, monthly_price: 25000 },
  enterprise: { commission_rate: 0.08, monthly_price: 75000 },
} as const;
export type SubscriptionPlan = keyof typeof SUBSCRIPTION_PLANS;
export const PLAN_NAMES = Object.keys(SUBSCRIPTION_PLANS) as SubscriptionPlan[];
/** Plan prices are in XAF (no minor unit), the marketplace's currency. */
export const PLAN_CURRENCY = 'XAF';

export function commissionRateFor(plan: SubscriptionPlan): number {
  return SUBSCRIPTION_PLANS[plan].commission_rate;
}
