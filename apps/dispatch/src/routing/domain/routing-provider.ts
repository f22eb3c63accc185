import { GeoPoint } from '@platter/contracts';

/** A way from one point to another as a routing provider sees it. */
export interface Route {
  distance_km: number;
  duration_minutes: number;
  /** [lat, lng] points along the way, both ends included. */
  waypoints: Array<[number, number]>;
}

export interface RouteOptions {
  /** The driver's vehicle (bicycle, motorbike, car, van): providers route and time by it. */
  vehicle_type?: string | null;
}

/**
 * The port every ETA goes through (ROUTING_PROVIDER). The straight-line adapter is the default; a
 * road-network provider (OSRM, a maps API) implements the same method.
 */
export abstract class RoutingProvider {
  abstract route(from: GeoPoint, to: GeoPoint, options?: RouteOptions): Promise<Route>;
}
