import type { MembershipRole } from '@platter/contracts';

/** A membership role someone can be given through `/restaurant/staff` (owners come from approval). */
export type AssignableRole = Exclude<MembershipRole, 'owner'>;

export type StaffDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Who may give, change or take away a membership (role-based access to a restaurant): the owner
 * manages managers and staff; a manager manages staff only; staff manage nobody. Nobody changes
 * their own membership or the owner's here.
 */
export function decideStaffChange(
  caller: { user_id: string; role: MembershipRole },
  target: { user_id?: string; current?: MembershipRole; next?: AssignableRole },
): StaffDecision {
  if (caller.role === 'staff') return deny('Staff cannot manage the team');
  if (target.user_id === caller.user_id) return deny('You cannot change your own membership');
  if (target.current === 'owner') return deny("The owner's membership cannot be changed here");
  if (caller.role === 'manager' && (target.current === 'manager' || target.next === 'manager')) {
    return deny('Only the owner manages managers');
  }
  return { allowed: true };
}

/** Roles whose accounts can hold a membership; customers and drivers need a separate staff account. */
export function canHoldMembership(accountRole: string): boolean {
  return accountRole === 'restaurant_staff' || accountRole === 'restaurant_owner';
}

function deny(reason: string): StaffDecision {
  return { allowed: false, reason };
}
