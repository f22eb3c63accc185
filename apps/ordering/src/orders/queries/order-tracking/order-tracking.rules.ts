import { Actor } from '@platter/contracts';
import { ANY_MEMBER, actsForRestaurant } from '@platter/service-kit';

/** What the rule needs of an order. */
export interface TrackedOrder {
  customer_id: string | null;
  restaurant_id: string;
  driver_id: string | null;
}

/**
 * Who may follow an order live (its socket room): its customer, any member of its restaurant's team
 * (the owner recognised by the restaurant's owner_id, members through the restaurant their token acts
 * for), the driver it is assigned to, and admins. Nobody else.
 */
export function mayTrackOrder(actor: Actor, order: TrackedOrder, restaurantOwnerId: string | null): boolean {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'customer':
      return order.customer_id !== null && order.customer_id === actor.user_id;
    case 'driver':
      return order.driver_id !== null && order.driver_id === actor.user_id;
    case 'restaurant_owner':
    case 'restaurant_staff':
      return actsForRestaurant(actor, { id: order.restaurant_id, owner_id: restaurantOwnerId ?? '' }, ANY_MEMBER);
    default:
      return false;
  }
}
