import { RestaurantSubscriptionView, SubscriptionPlanView } from '@platter/contracts';
import { Restaurant } from './restaurant.entity';
import { PLAN_CURRENCY, PLAN_NAMES, SUBSCRIPTION_PLANS, SubscriptionPlan } from './domain/subscription-plans';

export function planView(plan: SubscriptionPlan): SubscriptionPlanView {
  return { plan, ...SUBSCRIPTION_PLANS[plan], currency: PLAN_CURRENCY };
}

export function allPlans(): SubscriptionPlanView[] {
  return PLAN_NAMES.map(planView);
}

/** The restaurant's plan; its commission rate is the restaurant's own (an admin-set rate wins over the plan's). */
export function subscriptionView(r: Restaurant): RestaurantSubscriptionView {
  const plan = planView(r.subscription_plan);
  return {
    restaurant_id: r.id,
    plan: plan.plan,
    commission_rate: r.commission_rate,
    monthly_price: plan.monthly_price,
    currency: plan.currency,
    requested_plan: r.requested_plan ?? null,
  };
}
