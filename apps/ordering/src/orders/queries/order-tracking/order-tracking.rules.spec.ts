import { mayTrackOrder } from './order-tracking.rules';

const order = { customer_id: 'c-1', restaurant_id: 'r-1', driver_id: 'd-1' };

describe('who may follow an order live', () => {
  it("lets its customer in, and no other customer", () => {
    expect(mayTrackOrder({ user_id: 'c-1', role: 'customer' }, order, 'o-1')).toBe(true);
    expect(mayTrackOrder({ user_id: 'c-2', role: 'customer' }, order, 'o-1')).toBe(false);
    expect(mayTrackOrder({ user_id: 'c-1', role: 'customer' }, { ...order, customer_id: null }, 'o-1')).toBe(false);
  });

  it("lets its restaurant's team in: the owner by the restaurant's owner, members through the restaurant their token acts for", () => {
    expect(mayTrackOrder({ user_id: 'o-1', role: 'restaurant_owner' }, order, 'o-1')).toBe(true);
    expect(mayTrackOrder({ user_id: 's-1', role: 'restaurant_staff', restaurant_id: 'r-1', restaurant_role: 'staff' }, order, 'o-1')).toBe(true);
    expect(mayTrackOrder({ user_id: 'm-1', role: 'restaurant_staff', restaurant_id: 'r-1', restaurant_role: 'manager' }, order, 'o-1')).toBe(true);
  });

  it('keeps another restaurant out, even its owner', () => {
    expect(mayTrackOrder({ user_id: 'o-2', role: 'restaurant_owner', restaurant_id: 'r-2', restaurant_role: 'owner' }, order, 'o-1')).toBe(false);
    expect(mayTrackOrder({ user_id: 's-2', role: 'restaurant_staff', restaurant_id: 'r-2', restaurant_role: 'staff' }, order, 'o-1')).toBe(false);
    // A staff token with no restaurant is nobody's team.
    expect(mayTrackOrder({ user_id: 's-3', role: 'restaurant_staff' }, order, 'o-1')).toBe(false);
  });

  it('lets the assigned driver in, and no other driver (nor any driver before assignment)', () => {
    expect(mayTrackOrder({ user_id: 'd-1', role: 'driver' }, order, 'o-1')).toBe(true);
    expect(mayTrackOrder({ user_id: 'd-2', role: 'driver' }, order, 'o-1')).toBe(false);
    expect(mayTrackOrder({ user_id: 'd-1', role: 'driver' }, { ...order, driver_id: null }, 'o-1')).toBe(false);
  });

  it('lets admins in', () => {
    expect(mayTrackOrder({ user_id: 'a-1', role: 'admin' }, order, null)).toBe(true);
  });

  it('does not let a customer in through the driver or restaurant fields', () => {
    expect(mayTrackOrder({ user_id: 'd-1', role: 'customer' }, order, 'o-1')).toBe(false);
    expect(mayTrackOrder({ user_id: 'o-1', role: 'customer', restaurant_id: 'r-1', restaurant_role: 'owner' }, order, 'o-1')).toBe(false);
  });
});
