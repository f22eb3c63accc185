import { GeoPoint } from '@platter/contracts';
import { Route } from './routing-provider';

export type Leg = 'to_pickup' | 'to_dropoff';

/** The leg a driver holding a delivery in this status is on; null once it is over (or not started). */
export function legOf(status: string): Leg | null {
  if (status === 'assigned') return 'to_pickup';
  if (status === 'picked_up' || status === 'in_transit') return 'to_dropoff';
  return null;
}

/**
 * When the customer should have the order. On the way to the restaurant: the driver's arrival,
 * or when the food is expected ready if that is later, plus the ride from restaurant to customer;
 * on the way to the customer: the leg's end.
 */
export function customerEta(
  leg: Leg,
  legEnd: Date,
  onward: Route | null,
  expectedReadyAt: Date | null,
): Date | null {
  if (leg === 'to_dropoff') return legEnd;
  if (!onward) return null;
  const leaves = expectedReadyAt && expectedReadyAt > legEnd ? expectedReadyAt : legEnd;
  return new Date(leaves.getTime() + Math.ceil(onward.duration_minutes * 60) * 1000);
}

/** The end of a leg that starts now. */
export function legEnd(now: Date, route: Route): Date {
  return new Date(now.getTime() + Math.ceil(route.duration_minutes * 60) * 1000);
}

/** Where a leg ends. */
export function legTarget(leg: Leg, pickup: GeoPoint | null, dropoff: GeoPoint | null): GeoPoint | null {
  return leg === 'to_pickup' ? pickup : dropoff;
}
