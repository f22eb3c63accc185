import { Actor, ForbiddenError, MembershipRole } from '@platter/contracts';

/** What a service knows of the restaurant a record belongs to. */
export interface RestaurantRef {
  id: string;
  owner_id: string;
}

/**
 * Whether the actor may act for this restaurant with one of these membership roles. The owner is
 * recognised by the restaurant's own owner_id (their token has no restaurant before approval);
 * managers and staff only through the restaurant their token acts for.
 */
export function actsForRestaurant(actor: Actor, restaurant: RestaurantRef, roles: readonly MembershipRole[]): boolean {
  if (actor.role === 'restaurant_owner' && restaurant.owner_id === actor.user_id && roles.includes('owner')) return true;
  return (
    actor.restaurant_id === restaurant.id &&
    actor.restaurant_role !== undefined &&
    roles.includes(actor.restaurant_role) &&
    (actor.role === 'restaurant_staff' || actor.role === 'restaurant_owner')
  );
}

/** actsForRestaurant, or FORBIDDEN; an admin passes when `adminToo`. */
export function requireRestaurantAccess(
  actor: Actor,
  restaurant: RestaurantRef,
  roles: readonly MembershipRole[],
  { adminToo = false }: { adminToo?: boolean } = {},
): void {
  if (adminToo && actor.role === 'admin') return;
  if (!actsForRestaurant(actor, restaurant, roles)) throw new ForbiddenError('You do not act for this restaurant');
}

/** Membership roles that may do what a restaurant's team does day to day. */
export const ANY_MEMBER: readonly MembershipRole[] = ['owner', 'manager', 'staff'];
/** Membership roles that may change the restaurant's menu and team. */
export const MANAGERS: readonly MembershipRole[] = ['owner', 'manager'];
