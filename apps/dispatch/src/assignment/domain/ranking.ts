import { GeoPoint } from '@platter/contracts';
import { distanceKm } from '../../deliveries/domain/eta';

/** A delivery a driver holds, by where it is picked up. */
export interface HeldPickup {
  restaurant_id: string;
  pickup: GeoPoint | null;
}

/** An online, approved driver as the ranking sees them. */
export interface Candidate {
  driver_id: string;
  vehicle_type: string | null;
  position: GeoPoint | null;
  located_at: Date | null;
  held: HeldPickup[];
}

export interface RankingRules {
  /** MAX_ACTIVE_DELIVERIES. */
  maxActive: number;
  /** BATCH_PICKUP_RADIUS_KM. */
  batchRadiusKm: number;
  /** LOCATION_STALE_SECONDS. */
  staleSeconds: number;
}

export interface RankedCandidate {
  driver_id: string;
  vehicle_type: string | null;
  /** Great-circle km from the driver to the pickup; null when either is unknown or the position is stale. */
  distance_km: number | null;
  position: GeoPoint | null;
  load: number;
}

/**
 * Whether a driver holding `held` may take one more delivery picked up at `pickup`: fewer than
 * maxActive held, and every held one picked up at the same restaurant or within batchRadiusKm of
 * this pickup (a second trip that does not fit the route is not offered).
 */
export function canTakeAnother(held: readonly HeldPickup[], pickup: HeldPickup, rules: Pick<RankingRules, 'maxActive' | 'batchRadiusKm'>): boolean {
  if (held.length >= rules.maxActive) return false;
  return held.every(
    (h) => h.restaurant_id === pickup.restaurant_id || (h.pickup !== null && pickup.pickup !== null && distanceKm(h.pickup, pickup.pickup) <= rules.batchRadiusKm),
  );
}

/** The driver's position if it is recent enough to count. */
export function freshPosition(c: Pick<Candidate, 'position' | 'located_at'>, staleSeconds: number, now: Date): GeoPoint | null {
  if (!c.position || !c.located_at) return null;
  return now.getTime() - c.located_at.getTime() <= staleSeconds * 1000 ? c.position : null;
}

/** Distances this close (100 m) count as a tie, which the lighter load wins. */
const TIE_KM = 0.1;

/**
 * The drivers who may take the delivery, best first: nearest to the pickup (a stale or unknown
 * position, or an unknown pickup, ranks after every known distance), then the lighter load,
 * then the id (a stable order).
 */
export function rankCandidates(candidates: readonly Candidate[], pickup: HeldPickup, rules: RankingRules, now: Date): RankedCandidate[] {
  const ranked: RankedCandidate[] = [];
  for (const c of candidates) {
    if (!canTakeAnother(c.held, pickup, rules)) continue;
    const position = freshPosition(c, rules.staleSeconds, now);
    const distance = position && pickup.pickup ? distanceKm(position, pickup.pickup) : null;
    ranked.push({ driver_id: c.driver_id, vehicle_type: c.vehicle_type, distance_km: distance, position, load: c.held.length });
  }
  const bucket = (km: number | null) => (km === null ? Number.POSITIVE_INFINITY : Math.floor(km / TIE_KM));
  return ranked.sort(
    (a, b) =>
      bucket(a.distance_km) - bucket(b.distance_km) ||
      a.load - b.load ||
      (a.distance_km ?? 0) - (b.distance_km ?? 0) ||
      (a.driver_id < b.driver_id ? -1 : a.driver_id > b.driver_id ? 1 : 0),
  );
}
