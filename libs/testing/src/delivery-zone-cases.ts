import { LngLat, ZoneShape } from '@platter/contracts';

/**
 * One table of "does this zone cover this point" cases, run against both the SQL function
 * `zone_covers` and the TypeScript `zoneCovers` (apps/catalog/src/zones/zone-covers.medium-spec.ts), so
 * the database's answer (browse, quotes) and the services' answer (ordering) cannot drift apart.
 * Points sit well clear of boundaries: on an edge either answer is acceptable.
 */
export interface ZoneCoverageCase {
  name: string;
  zone: ZoneShape;
  lat: number;
  lng: number;
  covered: boolean;
}

const KM_PER_DEGREE_LAT = (6371 * Math.PI) / 180;
const radius = (center_lat: number, center_lng: number, radius_km: number): ZoneShape => ({ kind: 'radius', center_lat, center_lng, radius_km, polygon: null });
const polygon = (points: LngLat[]): ZoneShape => ({ kind: 'polygon', center_lat: null, center_lng: null, radius_km: null, polygon: points });

/** Akwa, Douala, and a 3 km circle around it. */
const douala = radius(4.05, 9.7, 3);
const eastKm = (km: number) => 9.7 + km / (KM_PER_DEGREE_LAT * Math.cos((4.05 * Math.PI) / 180));
const squareOpen: LngLat[] = [[9.68, 4.03], [9.72, 4.03], [9.72, 4.07], [9.68, 4.07]];
const squareClosed: LngLat[] = [...squareOpen, [9.68, 4.03]];
/** A U: the notch between x=1 and x=2 above y=1 is outside. */
const u: LngLat[] = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3]];
/** A triangle whose apex (2, 1) lies on the horizontal ray from points at lat 1. */
const triangle: LngLat[] = [[0, 0], [2, 1], [0, 2]];
/** Copacabana-ish, south and west of Greenwich (negative coordinates). */
const rio: LngLat[] = [[-43.2, -22.99], [-43.17, -22.99], [-43.17, -22.96], [-43.2, -22.96], [-43.2, -22.99]];

export const ZONE_COVERAGE_CASES: readonly ZoneCoverageCase[] = [
  { name: 'radius: the centre', zone: douala, lat: 4.05, lng: 9.7, covered: true },
  { name: 'radius: 2.5 km north', zone: douala, lat: 4.05 + 2.5 / KM_PER_DEGREE_LAT, lng: 9.7, covered: true },
  { name: 'radius: 3.5 km north', zone: douala, lat: 4.05 + 3.5 / KM_PER_DEGREE_LAT, lng: 9.7, covered: false },
  { name: 'radius: 2.5 km east', zone: douala, lat: 4.05, lng: eastKm(2.5), covered: true },
  { name: 'radius: 3.5 km east', zone: douala, lat: 4.05, lng: eastKm(3.5), covered: false },
  { name: 'radius: 2.9 km south-west', zone: douala, lat: 4.05 - 2.05 / KM_PER_DEGREE_LAT, lng: eastKm(-2.05), covered: true },
  { name: 'radius: another city', zone: douala, lat: 3.848, lng: 11.502, covered: false },
  { name: 'radius: longitude shrinks near the pole', zone: radius(60, 10, 60), lat: 60, lng: 11, covered: true },
  { name: 'radius: the same degree at the equator is too far', zone: radius(0, 10, 60), lat: 0, lng: 11, covered: false },
  { name: 'radius: across the antimeridian', zone: radius(0, 179.9, 30), lat: 0, lng: -179.9, covered: true },
  { name: 'square (open ring): the middle', zone: polygon(squareOpen), lat: 4.05, lng: 9.7, covered: true },
  { name: 'square (open ring): near a corner inside', zone: polygon(squareOpen), lat: 4.0699, lng: 9.7199, covered: true },
  { name: 'square (open ring): east of it', zone: polygon(squareOpen), lat: 4.05, lng: 9.73, covered: false },
  { name: 'square (open ring): south of it', zone: polygon(squareOpen), lat: 4.02, lng: 9.7, covered: false },
  { name: 'square (open ring): west of it', zone: polygon(squareOpen), lat: 4.05, lng: 9.67, covered: false },
  { name: 'square (closed ring): the middle', zone: polygon(squareClosed), lat: 4.05, lng: 9.7, covered: true },
  { name: 'square (closed ring): east of it', zone: polygon(squareClosed), lat: 4.05, lng: 9.73, covered: false },
  { name: 'U: the notch', zone: polygon(u), lat: 2, lng: 1.5, covered: false },
  { name: 'U: the base', zone: polygon(u), lat: 0.5, lng: 1.5, covered: true },
  { name: 'U: the left arm', zone: polygon(u), lat: 2, lng: 0.5, covered: true },
  { name: 'U: the right arm', zone: polygon(u), lat: 2, lng: 2.5, covered: true },
  { name: 'U: above the notch', zone: polygon(u), lat: 3.5, lng: 1.5, covered: false },
  { name: 'triangle: ray through a vertex, inside', zone: polygon(triangle), lat: 1, lng: 0.5, covered: true },
  { name: 'triangle: ray through a vertex, outside', zone: polygon(triangle), lat: 1, lng: 2.5, covered: false },
  { name: 'southern/western hemisphere: inside', zone: polygon(rio), lat: -22.975, lng: -43.185, covered: true },
  { name: 'southern/western hemisphere: outside', zone: polygon(rio), lat: -22.975, lng: -43.21, covered: false },
];
