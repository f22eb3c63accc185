/**
 * What a delivery zone covers, pure: catalog quotes with it and ordering checks delivery addresses with
 * it, so it lives beside the delivery-zone.changed payload it interprets. The SQL function
 * `zone_covers` (catalog migration 1700000006000) computes the same thing in the database;
 * apps/catalog/src/zones/zone-covers.medium-spec.ts holds both to one table of cases.
 */
export type ZoneKind = 'radius' | 'polygon';

/** A polygon vertex as GeoJSON orders it: longitude first. */
export type LngLat = [number, number];

export interface ZoneShape {
  kind: ZoneKind;
  center_lat: number | null;
  center_lng: number | null;
  radius_km: number | null;
  polygon: LngLat[] | null;
}

export interface PricedZone extends ZoneShape {
  id: string;
  name: string;
  delivery_fee: number;
  estimated_minutes: number;
}

/** Mean Earth radius; the SQL function uses the same value so both draw the same circle. */
const EARTH_RADIUS_KM = 6371.0;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const h =
    Math.sin(radians(lat2 - lat1) / 2) ** 2 +
    Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lng2 - lng1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Ray casting: counts the ring's edges crossed by a ray from the point towards +longitude. Edge i joins
 * vertex i to vertex (i + 1) mod n, so a closed ring only adds a zero-length edge that never counts.
 * Planar in degrees, which is fine at city scale. A point exactly on an edge may fall either way.
 */
export function polygonContains(polygon: readonly LngLat[], lat: number, lng: number): boolean {
  let inside = false;
  for (let i = 0; i < polygon.length; i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[(i + 1) % polygon.length];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function zoneCovers(zone: ZoneShape, lat: number, lng: number): boolean {
  if (zone.kind === 'radius') {
    if (zone.center_lat === null || zone.center_lng === null || zone.radius_km === null) return false;
    return haversineKm(zone.center_lat, zone.center_lng, lat, lng) <= zone.radius_km;
  }
  return zone.polygon !== null && polygonContains(zone.polygon, lat, lng);
}

/**
 * "A point is served by the cheapest zone that covers it": fee, then shortest time, then name by code
 * point (the SQL quote orders by `name COLLATE "C"`, the same order), then id so the choice is stable.
 */
export function compareZonesForQuote(a: PricedZone, b: PricedZone): number {
  return (
    a.delivery_fee - b.delivery_fee ||
    a.estimated_minutes - b.estimated_minutes ||
    compareCodePoints(a.name, b.name) ||
    compareCodePoints(a.id, b.id)
  );
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function cheapestCoveringZone<Z extends PricedZone>(zones: readonly Z[], lat: number, lng: number): Z | null {
  const covering = zones.filter((zone) => zoneCovers(zone, lat, lng));
  return covering.length === 0 ? null : [...covering].sort(compareZonesForQuote)[0];
}

/** A JSON value that can be read as [[lng, lat], ...]: pairs of finite numbers. */
export function isLngLatList(value: unknown): value is LngLat[] {
  return (
    Array.isArray(value) &&
    value.every((point) => Array.isArray(point) && point.length === 2 && point.every((c) => typeof c === 'number' && Number.isFinite(c)))
  );
}

export type PolygonProblem = 'too_few_points' | 'coordinate_out_of_range' | 'self_intersecting';

/**
 * Why a ring cannot be a delivery zone, or null. A trailing vertex equal to the first one (explicit
 * closing) is ignored; at least 3 distinct vertices remain; non-adjacent edges must not cross (O(n²),
 * fine for hand-drawn zones of a few dozen points).
 */
export function polygonProblem(polygon: readonly LngLat[]): PolygonProblem | null {
  const ring = openRing(polygon);
  if (ring.length < 3) return 'too_few_points';
  if (ring.some(([lng, lat]) => !(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90))) return 'coordinate_out_of_range';
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      if (adjacent) continue;
      if (segmentsIntersect(ring[i], ring[(i + 1) % n], ring[j], ring[(j + 1) % n])) return 'self_intersecting';
    }
  }
  return null;
}

function openRing(polygon: readonly LngLat[]): LngLat[] {
  const first = polygon[0];
  const last = polygon[polygon.length - 1];
  const closed = polygon.length > 1 && first[0] === last[0] && first[1] === last[1];
  return closed ? polygon.slice(0, -1) : [...polygon];
}

function orientation(a: LngLat, b: LngLat, c: LngLat): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

function onSegment(a: LngLat, b: LngLat, p: LngLat): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1])
  );
}

function segmentsIntersect(p1: LngLat, p2: LngLat, q1: LngLat, q2: LngLat): boolean {
  const o1 = orientation(p1, p2, q1);
  const o2 = orientation(p1, p2, q2);
  const o3 = orientation(q1, q2, p1);
  const o4 = orientation(q1, q2, p2);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(p1, p2, q1)) ||
    (o2 === 0 && onSegment(p1, p2, q2)) ||
    (o3 === 0 && onSegment(q1, q2, p1)) ||
    (o4 === 0 && onSegment(q1, q2, p2))
  );
}
