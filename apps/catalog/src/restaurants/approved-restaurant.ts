import { NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Restaurant } from './restaurant.entity';

/** A restaurant the public may see; one that is not approved does not exist for them. */
export async function findApprovedRestaurant(tx: TransactionHost, id: string): Promise<Restaurant> {
  const restaurant = await tx.repository(Restaurant).findOneBy({ id, status: 'approved' });
  if (!restaurant) throw new NotFoundError('Restaurant');
  return restaurant;
}
