import { Injectable } from '@nestjs/common';
import { Actor, MembershipRole, NotFoundError } from '@platter/contracts';
import { requireRestaurantAccess } from '@platter/service-kit';
import { Restaurant } from './restaurant.entity';
import { RestaurantRepository } from './restaurant.repository';

/** The restaurant an actor acts for, and whether their membership role lets them do what they ask. */
@Injectable()
export class ActingRestaurants {
  constructor(private readonly restaurants: RestaurantRepository) {}

  /**
   * The restaurant the actor acts for: the one their token names (staff, and owners once approved),
   * else the one an owner owns (before approval their token names none). NOT_FOUND when there is
   * none; FORBIDDEN when the actor's membership role is not among `roles`.
   */
  async find(actor: Actor, roles: readonly MembershipRole[]): Promise<Restaurant> {
    const restaurant = actor.restaurant_id
      ? await this.restaurants.find(actor.restaurant_id)
      : actor.role === 'restaurant_owner'
        ? await this.restaurants.findOwnedBy(actor.user_id)
        : null;
    if (!restaurant) throw new NotFoundError('Restaurant');
    requireRestaurantAccess(actor, restaurant, roles);
    return restaurant;
  }
}
