import { ErrorDetail, LngLat, PolygonProblem, ValidationFailedError, ZoneShape, isLngLatList, polygonProblem } from '@platter/contracts';
import { CatalogException } from '../../catalog.exception';

const POLYGON_PROBLEMS: Record<PolygonProblem, string> = {
  too_few_points: 'polygon needs at least 3 distinct points',
  coordinate_out_of_range: 'polygon points are [lng, lat] with lng in [-180, 180] and lat in [-90, 90]',
  self_intersecting: 'polygon edges must not cross each other',
};

/** Where the restaurant is: a radius zone is centred there. */
export interface RestaurantPosition {
  latitude: number | null;
  longitude: number | null;
}

/**
 * The zone's geometry from a request giving exactly one of radius_km or polygon. A radius zone is
 * centred on the restaurant's coordinates, so a restaurant without them cannot have one (422).
 */
export function zoneShapeFrom(restaurant: RestaurantPosition, data: { radius_km?: number; polygon?: unknown }): ZoneShape {
  const hasRadius = data.radius_km !== undefined;
  const hasPolygon = data.polygon !== undefined;
  if (hasRadius === hasPolygon) {
    const message = 'give exactly one of radius_km or polygon';
    throw new ValidationFailedError([
      { field: 'radius_km', message },
      { field: 'polygon', message },
    ]);
  }
  if (hasRadius) {
    if (restaurant.latitude === null || restaurant.longitude === null) {
      throw new CatalogException('RESTAURANT_COORDINATES_REQUIRED', "A radius zone is centred on the restaurant: set the restaurant's latitude and longitude first");
    }
    return { kind: 'radius', center_lat: restaurant.latitude, center_lng: restaurant.longitude, radius_km: data.radius_km ?? null, polygon: null };
  }
  return { kind: 'polygon', center_lat: null, center_lng: null, radius_km: null, polygon: validPolygon(data.polygon) };
}

function validPolygon(value: unknown): LngLat[] {
  const problem: ErrorDetail | null = !isLngLatList(value)
    ? { field: 'polygon', message: 'polygon must be an array of [lng, lat] number pairs' }
    : polygonDetail(polygonProblem(value));
  if (problem) throw new ValidationFailedError([problem]);
  return (value as LngLat[]).map(([lng, lat]) => [lng, lat]);
}

function polygonDetail(problem: PolygonProblem | null): ErrorDetail | null {
  return problem ? { field: 'polygon', message: POLYGON_PROBLEMS[problem] } : null;
}
