import { Actor, PlatterError } from '@platter/contracts';
import { ANY_MEMBER, MANAGERS, actsForRestaurant, requireRestaurantAccess } from './restaurant-access';

const restaurantA = { id: 'rest-a', owner_id: 'owner-a' };
const ownerA: Actor = { user_id: 'owner-a', role: 'restaurant_owner' };
const ownerB: Actor = { user_id: 'owner-b', role: 'restaurant_owner', restaurant_id: 'rest-b', restaurant_role: 'owner' };
const managerA: Actor = { user_id: 'm', role: 'restaurant_staff', restaurant_id: 'rest-a', restaurant_role: 'manager' };
const staffA: Actor = { user_id: 's', role: 'restaurant_staff', restaurant_id: 'rest-a', restaurant_role: 'staff' };
const staffB: Actor = { user_id: 's2', role: 'restaurant_staff', restaurant_id: 'rest-b', restaurant_role: 'manager' };

describe('restaurant access', () => {
  it('admits the owner by the restaurant owner_id even without a restaurant claim', () => {
    expect(actsForRestaurant(ownerA, restaurantA, MANAGERS)).toBe(true);
  });

  it('admits members of this restaurant whose membership role is listed', () => {
    expect(actsForRestaurant(managerA, restaurantA, MANAGERS)).toBe(true);
    expect(actsForRestaurant(staffA, restaurantA, ANY_MEMBER)).toBe(true);
    expect(actsForRestaurant(staffA, restaurantA, MANAGERS)).toBe(false);
  });

  it('never admits another restaurant’s owner or staff', () => {
    expect(actsForRestaurant(ownerB, restaurantA, ANY_MEMBER)).toBe(false);
    expect(actsForRestaurant(staffB, restaurantA, ANY_MEMBER)).toBe(false);
  });

  it('does not trust a restaurant claim on a role that cannot hold one', () => {
    const customer: Actor = { user_id: 'c', role: 'customer', restaurant_id: 'rest-a', restaurant_role: 'owner' };
    expect(actsForRestaurant(customer, restaurantA, ANY_MEMBER)).toBe(false);
  });

  it('forbids with FORBIDDEN, and lets an admin through only when asked', () => {
    const admin: Actor = { user_id: 'adm', role: 'admin' };
    expect(() => requireRestaurantAccess(admin, restaurantA, ANY_MEMBER)).toThrow(PlatterError);
    expect(() => requireRestaurantAccess(admin, restaurantA, ANY_MEMBER, { adminToo: true })).not.toThrow();
    try {
      requireRestaurantAccess(staffB, restaurantA, ANY_MEMBER);
    } catch (err) {
      expect((err as PlatterError).code).toBe('FORBIDDEN');
    }
    expect.assertions(3);
  });
});
