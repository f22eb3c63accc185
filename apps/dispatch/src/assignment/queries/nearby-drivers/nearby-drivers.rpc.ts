import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { NearbyDriverView, NearbyDriversRequest, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DispatchConfig } from '../../../dispatch.config';
import { DeliveryException } from '../../../deliveries/delivery.exception';
import { distanceKm, pointOf, roundKm } from '../../../deliveries/domain/eta';
import { DriverRepository } from '../../../drivers/driver.repository';
import { freshPosition } from '../../domain/ranking';
import { OperatorDeliveries } from '../../operator-deliveries';

const NEARBY_DEFAULT_KM = 5;
const NEARBY_LIMIT = 50;
/** About 111 km per degree of latitude: the band of latitudes the database narrows the search to. */
const KM_PER_DEGREE_LAT = 111;

/** GET /restaurant/drivers/nearby?radius_km=: online, approved drivers near the restaurant, nearest first (for a manual pick). */
@Controller()
export class NearbyDriversRpc {
  constructor(
    private readonly drivers: DriverRepository,
    private readonly operators: OperatorDeliveries,
    private readonly config: DispatchConfig,
  ) {}

  @RpcEndpoint(RPC.dispatch.nearbyDrivers)
  async nearbyDrivers(@Payload() req: RpcRequest<unknown>): Promise<NearbyDriverView[]> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const query = validData(NearbyDriversRequest, req.data);
    const restaurant = await this.operators.actingRestaurant(actor, query.restaurant_id);
    const pickup = pointOf(restaurant.site?.lat, restaurant.site?.lng);
    if (!pickup) throw new DeliveryException('RESTAURANT_LOCATION_UNKNOWN', "The restaurant's position is unknown: set its latitude and longitude in its profile");
    const radius = query.radius_km ?? NEARBY_DEFAULT_KM;
    const rows = await this.drivers.locatedBetween(pickup.lat - radius / KM_PER_DEGREE_LAT, pickup.lat + radius / KM_PER_DEGREE_LAT);
    const now = new Date();
    return rows
      .map((r) => {
        const position = { lat: r.last_lat, lng: r.last_lng };
        const locatedAt = new Date(r.last_located_at);
        return {
          id: r.id,
          name: r.name,
          vehicle_type: r.vehicle_type,
          distance_km: distanceKm(position, pickup),
          active_deliveries: Number(r.load),
          location: { ...position, recorded_at: locatedAt.toISOString() },
          stale: freshPosition({ position, located_at: locatedAt }, this.config.LOCATION_STALE_SECONDS, now) === null,
        };
      })
      .filter((d) => d.distance_km <= radius)
      .sort((a, b) => a.distance_km - b.distance_km)
      .slice(0, NEARBY_LIMIT)
      .map((d) => ({ ...d, distance_km: roundKm(d.distance_km) }));
  }
}
