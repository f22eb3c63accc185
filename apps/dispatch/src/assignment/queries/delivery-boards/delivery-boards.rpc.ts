import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { FindOptionsWhere, In, IsNull, Not } from 'typeorm';
import {
  AdminDeliveriesRequest,
  AssignDeliveryRequest,
  DeclinedOfferView,
  DELIVERY_LIFECYCLE,
  DeliveryStatus,
  NearbyDriverView,
  NearbyDriversRequest,
  OperatorDeliveryView,
  Page,
  RestaurantDeliveriesRequest,
  RPC,
  RpcRequest,
} from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdRequest, pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DispatchConfig } from '../dispatch.config';
import { ACTIVE_DELIVERY_STATUSES } from '../deliveries/delivery-rules';
import { Delivery } from '../deliveries/delivery.entity';
import { DeliveryException } from '../deliveries/delivery.exception';
import { distanceKm, pointOf, roundKm } from '../deliveries/eta';
import { DeclineOfferService } from './decline-offer.service';
import { ManualAssignmentService } from './manual-assignment.service';
import { OperatorDeliveries } from './operator-deliveries';
import { freshPosition } from './ranking';

/** Deliveries not yet over. */
const OPEN: DeliveryStatus[] = DELIVERY_LIFECYCLE.filter((s) => s !== 'delivered' && s !== 'cancelled');
const NEARBY_DEFAULT_KM = 5;
const NEARBY_LIMIT = 50;

/** Offers declined; manual assignment; the restaurants' and admins' delivery boards; drivers near a restaurant. */
@Controller()
export class AssignmentHandler {
  constructor(
    private readonly tx: TransactionHost,
    private readonly declineOffer: DeclineOfferService,
    private readonly manual: ManualAssignmentService,
    private readonly operators: OperatorDeliveries,
    private readonly config: DispatchConfig,
  ) {}

  /** POST /driver/orders/:id/decline. */
  @RpcEndpoint(RPC.dispatch.declineOrder)
  decline(@Payload() req: RpcRequest<unknown>): Promise<DeclinedOfferView> {
    const actor = requireActor(req, 'driver');
    return this.declineOffer.decline(actor, validData(IdRequest, req.data).id);
  }

  /** POST /restaurant/deliveries/:orderId/assign, POST /admin/deliveries/:orderId/assign. */
  @RpcEndpoint(RPC.dispatch.assignDelivery)
  assign(@Payload() req: RpcRequest<unknown>): Promise<OperatorDeliveryView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const { order_id, driver_id } = validData(AssignDeliveryRequest, req.data);
    return this.manual.assign(actor, order_id, driver_id);
  }

  /** GET /restaurant/deliveries: the restaurant's deliveries not yet over, newest first. */
  @RpcEndpoint(RPC.dispatch.restaurantDeliveries)
  async restaurantDeliveries(@Payload() req: RpcRequest<unknown>): Promise<Page<OperatorDeliveryView>> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const query = validData(RestaurantDeliveriesRequest, req.data);
    const restaurant = await this.operators.actingRestaurant(actor, query.restaurant_id);
    const [rows, total] = await this.tx.repository(Delivery).findAndCount({
      where: { restaurant_id: restaurant.id, status: In(OPEN) },
      order: { created_at: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(await this.operators.views(rows), query, total);
  }

  /** GET /admin/deliveries: every delivery, newest first, by status, restaurant, driver, order, flagged, active. */
  @RpcEndpoint(RPC.dispatch.adminDeliveries)
  async adminDeliveries(@Payload() req: RpcRequest<unknown>): Promise<Page<OperatorDeliveryView>> {
    requireActor(req, 'admin');
    const query = validData(AdminDeliveriesRequest, req.data);
    const where: FindOptionsWhere<Delivery> = {};
    if (query.status) where.status = query.status;
    else if (query.active === true) where.status = In(OPEN);
    else if (query.active === false) where.status = In(['delivered', 'cancelled']);
    if (query.restaurant_id) where.restaurant_id = query.restaurant_id;
    if (query.driver_id) where.driver_id = query.driver_id;
    if (query.order_id) where.order_id = query.order_id;
    if (query.flagged !== undefined) where.flagged_at = query.flagged ? Not(IsNull()) : IsNull();
    const [rows, total] = await this.tx.repository(Delivery).findAndCount({
      where,
      order: { created_at: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(await this.operators.views(rows), query, total);
  }

  /** GET /restaurant/drivers/nearby?radius_km=: online, approved drivers near the restaurant, nearest first (for a manual pick). */
  @RpcEndpoint(RPC.dispatch.nearbyDrivers)
  async nearbyDrivers(@Payload() req: RpcRequest<unknown>): Promise<NearbyDriverView[]> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const query = validData(NearbyDriversRequest, req.data);
    const restaurant = await this.operators.actingRestaurant(actor, query.restaurant_id);
    const pickup = pointOf(restaurant.site?.lat, restaurant.site?.lng);
    if (!pickup) throw new DeliveryException('RESTAURANT_LOCATION_UNKNOWN', "The restaurant's position is unknown: set its latitude and longitude in its profile");
    const radius = query.radius_km ?? NEARBY_DEFAULT_KM;
    const rows: Array<{ id: string; name: string | null; vehicle_type: string | null; last_lat: number; last_lng: number; last_located_at: Date; load: string }> =
      await this.tx.manager.query(
        `SELECT d.id, d.name, d.vehicle_type, d.last_lat, d.last_lng, d.last_located_at,
                (SELECT count(*) FROM deliveries x WHERE x.driver_id = d.id AND x.status = ANY($1)) AS load
         FROM drivers d
         WHERE d.online AND d.status = 'approved' AND d.last_lat IS NOT NULL AND d.last_lng IS NOT NULL AND d.last_located_at IS NOT NULL
           AND d.last_lat BETWEEN $2 AND $3`,
        [ACTIVE_DELIVERY_STATUSES, pickup.lat - radius / 111, pickup.lat + radius / 111],
      );
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
