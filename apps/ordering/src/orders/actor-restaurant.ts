import { Actor } from '@platter/contracts';
import { RestaurantReplica } from '../replicas/restaurant-replica.entity';
import { RestaurantReplicaRepository } from '../replicas/restaurant-replica.repository';
import { OrderingException } from './ordering.exception';

/**
 * The restaurant a restaurant owner or staff member acts for: the one their token names, else an
 * owner's only restaurant. 422 when there is none ordering knows (not approved yet) or the owner
 * must choose. Membership is not checked here (requireRestaurantAccess does).
 */
export async function actorRestaurant(restaurants: RestaurantReplicaRepository, actor: Actor, purpose: string): Promise<RestaurantReplica> {
  let restaurant: RestaurantReplica | null = null;
  if (actor.restaurant_id) {
    restaurant = await restaurants.find(actor.restaurant_id);
  } else if (actor.role === 'restaurant_owner') {
    // Two are enough to know the owner must choose.
    const owned = await restaurants.ownedBy(actor.user_id, 2);
    if (owned.length > 1) throw new OrderingException('RESTAURANT_CHOICE_REQUIRED', 'Choose the restaurant you act for first (POST /auth/refresh with restaurant_id)');
    restaurant = owned[0] ?? null;
  }
  if (!restaurant) throw new OrderingException('RESTAURANT_NOT_AVAILABLE', `${purpose} once the restaurant is approved`);
  return restaurant;
}
