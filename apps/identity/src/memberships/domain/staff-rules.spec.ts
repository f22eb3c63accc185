import { canHoldMembership, decideStaffChange } from './staff-rules';

const owner = { user_id: 'o', role: 'owner' as const };
const manager = { user_id: 'm', role: 'manager' as const };
const staff = { user_id: 's', role: 'staff' as const };

describe('decideStaffChange', () => {
  it('lets the owner add, promote and remove managers and staff', () => {
    expect(decideStaffChange(owner, { next: 'manager' }).allowed).toBe(true);
    expect(decideStaffChange(owner, { user_id: 'x', current: 'staff', next: 'manager' }).allowed).toBe(true);
    expect(decideStaffChange(owner, { user_id: 'x', current: 'manager' }).allowed).toBe(true);
  });

  it('lets a manager manage staff but not managers', () => {
    expect(decideStaffChange(manager, { next: 'staff' }).allowed).toBe(true);
    expect(decideStaffChange(manager, { user_id: 'x', current: 'staff' }).allowed).toBe(true);
    expect(decideStaffChange(manager, { next: 'manager' })).toEqual({ allowed: false, reason: 'Only the owner manages managers' });
    expect(decideStaffChange(manager, { user_id: 'x', current: 'manager' }).allowed).toBe(false);
    expect(decideStaffChange(manager, { user_id: 'x', current: 'staff', next: 'manager' }).allowed).toBe(false);
  });

  it('lets staff manage nobody, and nobody touch the owner or themselves', () => {
    expect(decideStaffChange(staff, { next: 'staff' }).allowed).toBe(false);
    expect(decideStaffChange(owner, { user_id: 'o', current: 'owner' }).allowed).toBe(false);
    expect(decideStaffChange(manager, { user_id: 'x', current: 'owner' }).allowed).toBe(false);
    expect(decideStaffChange(manager, { user_id: 'm', current: 'manager' }).allowed).toBe(false);
  });
});

describe('canHoldMembership', () => {
  it('admits staff and owner accounts only', () => {
    expect(['restaurant_staff', 'restaurant_owner', 'customer', 'driver', 'admin'].map(canHoldMembership)).toEqual([true, true, false, false, false]);
  });
});
