import { IsIn } from 'class-validator';
import { PLAN_NAMES, SubscriptionPlan } from '../subscription-plans';

export class ChangePlanRequest {
  @IsIn(PLAN_NAMES) plan: SubscriptionPlan;
}
