import { RestaurantView } from '@platter/contracts';
import { CatalogException } from '../../catalog.exception';

export type RestaurantStatus = RestaurantView['status'];

/**
 * Onboarding moves: an admin approves or rejects a pending restaurant, suspends an approved one and
 * reinstates a suspended one; the owner of a rejected restaurant re-applies once they fixed it.
 */
export const RESTAURANT_MOVES = {
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending'], to: 'rejected' },
  suspend: { from: ['approved'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'approved' },
  reapply: { from: ['rejected'], to: 'pending' },
} as const satisfies Record<string, { from: readonly RestaurantStatus[]; to: RestaurantStatus }>;
export type RestaurantMove = keyof typeof RESTAURANT_MOVES;

/** The status `move` leads to from `from`; INVALID_STATE_TRANSITION (422) when it is not allowed there. */
export function nextRestaurantStatus(from: RestaurantStatus, move: RestaurantMove): RestaurantStatus {
  const rule = RESTAURANT_MOVES[move];
  if (!(rule.from as readonly RestaurantStatus[]).includes(from)) {
    throw new CatalogException('INVALID_STATE_TRANSITION', `The restaurant is ${from}; it cannot ${move === 'reapply' ? 're-apply' : `be ${rule.to}`}`);
  }
  return rule.to;
}
