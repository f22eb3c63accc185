import { NotFoundError } from '@platter/contracts';
import { Restaurant } from './restaurant.entity';
import { RestaurantRepository } from './restaurant.repository';

/** A restaurant the public may see; one that is not approved does not exist for them. */
export async function findApprovedRestaurant(restaurants: RestaurantRepository, id: string): Promise<Restaurant> {
  const restaurant = await restaurants.findApproved(id);
  if (!restaurant) throw new NotFoundError('Restaurant');
  return restaurant;
}
