import { GeoPoint } from '@platter/contracts';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point when both coordinates are known. */
export function pointOf(lat: number | null | undefined, lng: number | null | undefined): GeoPoint | null {
  return typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
}

/**
 * When the driver should reach the customer: straight-line distance at the configured average
 * speed (a routing provider can replace this later). Null when either end is unknown.
 */
export function estimatedArrival(from: GeoPoint | null, to: GeoPoint | null, speedKmh: number, now: Date): Date | null {
  if (!from || !to || speedKmh <= 0) return null;
  const minutes = (distanceKm(from, to) / speedKmh) * 60;
  return new Date(now.getTime() + Math.ceil(minutes) * 60_000);
}

/** km rounded to 0.1 for display. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}
