import { Actor } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER } from '@platter/service-kit';
import { findActingRestaurant } from '../restaurants/acting-restaurant';

/**
 * Whose products an actor reads: a restaurant team member, their restaurant's; an admin, every
 * restaurant's (or the one `restaurantId` names). Only the team writes products.
 */
export async function readableRestaurantId(tx: TransactionHost, actor: Actor, restaurantId?: string): Promise<string | null> {
  if (actor.role === 'admin') return restaurantId ?? null;
  return (await findActingRestaurant(tx, actor, ANY_MEMBER)).id;
}
