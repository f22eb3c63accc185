import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError, RestaurantSubscriptionView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { CatalogException } from '../../../catalog.exception';
import { ActingRestaurants } from '../../acting-restaurant';
import { RestaurantRepository } from '../../restaurant.repository';
import { toRestaurantUpdated } from '../../restaurant.view';
import { SubscriptionPlan, commissionRateFor } from '../../domain/subscription-plans';
import { subscriptionView } from '../../subscription.views';

/**
 * The owner changes plan. A plan with the same or a higher commission applies at once; a plan with
 * a lower commission is a request until an admin confirms it (once payments has charged for it),
 * so no owner lowers their commission for free. Charging for plans is payments' business.
 */
@Injectable()
export class ChangePlanService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly restaurants: RestaurantRepository,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly events: EventPublisher,
  ) {}

  async change(actor: Actor, plan: SubscriptionPlan): Promise<RestaurantSubscriptionView> {
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, ['owner']);
      if (commissionRateFor(plan) < commissionRateFor(restaurant.subscription_plan)) {
        await this.restaurants.update(restaurant.id, { requested_plan: plan });
        return subscriptionView(await this.restaurants.get(restaurant.id));
      }
      return this.apply(restaurant.id, plan);
    });
  }

  /** An admin confirms the requested plan (it has been paid); call inside tx.run. */
  async confirm(restaurantId: string): Promise<RestaurantSubscriptionView> {
    return this.tx.run(async () => {
      const restaurant = await this.restaurants.lock(restaurantId);
      if (!restaurant) throw new NotFoundError('Restaurant');
      if (!restaurant.requested_plan) throw new CatalogException('NO_PLAN_CHANGE_REQUESTED', 'This restaurant has no plan change waiting for confirmation');
      return this.apply(restaurant.id, restaurant.requested_plan);
    });
  }

  private async apply(restaurantId: string, plan: SubscriptionPlan): Promise<RestaurantSubscriptionView> {
    await this.restaurants.update(restaurantId, { subscription_plan: plan, commission_rate: commissionRateFor(plan), requested_plan: null });
    const updated = await this.restaurants.get(restaurantId);
    await this.events.publish('restaurant.updated', toRestaurantUpdated(updated));
    return subscriptionView(updated);
  }
}
