import { Actor, MembershipRole, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireRestaurantAccess } from '@platter/service-kit';
import { Restaurant } from './restaurant.entity';

/**
 * The restaurant the actor acts for: the one their token names (staff, and owners once approved),
 * else the one an owner owns (before approval their token names none). NOT_FOUND when there is
 * none; FORBIDDEN when the actor's membership role is not among `roles`.
 */
export async function findActingRestaurant(tx: TransactionHost, actor: Actor, roles: readonly MembershipRole[]): Promise<Restaurant> {
  const repo = tx.repository(Restaurant);
  const restaurant = actor.restaurant_id
    ? await repo.findOneBy({ id: actor.restaurant_id })
    : actor.role === 'restaurant_owner'
      ? await repo.findOneBy({ owner_id: actor.user_id })
      : null;
  if (!restaurant) throw new NotFoundError('Restaurant');
  requireRestaurantAccess(actor, restaurant, roles);
  return restaurant;
}
