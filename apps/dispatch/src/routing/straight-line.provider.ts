import { GeoPoint } from '@platter/contracts';
import { distanceKm } from '../deliveries/domain/eta';
import { Route, RouteOptions, RoutingProvider } from './domain/routing-provider';

export interface StraightLineSettings {
  /** Roads are this much longer than the great circle (ROUTE_DETOUR_FACTOR). */
  detourFactor: number;
  /** km/h per vehicle type (ROUTE_VEHICLE_SPEEDS_KMH). */
  speeds: Record<string, number>;
  /** km/h for a vehicle not listed (DRIVER_AVERAGE_SPEED_KMH). */
  defaultSpeedKmh: number;
}

/** Haversine distance × detour factor, at the vehicle's average speed; no I/O. */
export class StraightLineRoutingProvider extends RoutingProvider {
  constructor(private readonly settings: StraightLineSettings) {
    super();
  }

  route(from: GeoPoint, to: GeoPoint, options: RouteOptions = {}): Promise<Route> {
    return Promise.resolve(this.routeNow(from, to, options));
  }

  /** The same, synchronously (the route tracker calls it on every position). */
  routeNow(from: GeoPoint, to: GeoPoint, options: RouteOptions = {}): Route {
    const distance = distanceKm(from, to) * this.settings.detourFactor;
    const speed = this.speedOf(options.vehicle_type);
    return {
      distance_km: Math.round(distance * 1000) / 1000,
      duration_minutes: (distance / speed) * 60,
      waypoints: [
        [from.lat, from.lng],
        [to.lat, to.lng],
      ],
    };
  }

  speedOf(vehicleType: string | null | undefined): number {
    const speed = vehicleType ? this.settings.speeds[vehicleType] : undefined;
    return speed && speed > 0 ? speed : this.settings.defaultSpeedKmh;
  }
}
