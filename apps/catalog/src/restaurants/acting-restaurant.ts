import { Actor, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Restaurant } from './restaurant.entity';

/** The restaurant the actor owns (an owner has one); NOT_FOUND before they created it. */
export async function findOwnedRestaurant(tx: TransactionHost, actor: Actor): Promise<Restaurant> {
  const restaurant = await tx.repository(Restaurant).findOneBy({ owner_id: actor.user_id });
  if (!restaurant) throw new NotFoundError('Restaurant');
  return restaurant;
}
