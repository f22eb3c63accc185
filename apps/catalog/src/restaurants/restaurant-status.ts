import { RestaurantView } from '@platter/contracts';
import { CatalogException } from '../catalog.exception';

export type RestaurantStatus = RestaurantView['status'];

/** Onboarding: an admin decides on a pending restaurant; an approved one can be suspended. */
const NEXT: Record<RestaurantStatus, readonly RestaurantStatus[]> = {
  pending: ['approved', 'rejected'],
  approved: ['suspended'],
  suspended: [],
  rejected: [],
};

export function assertRestaurantTransition(from: RestaurantStatus, to: RestaurantStatus): void {
  if (!NEXT[from].includes(to)) {
    throw new CatalogException('INVALID_STATE_TRANSITION', `The restaurant is ${from}; it cannot become ${to}`);
  }
}
