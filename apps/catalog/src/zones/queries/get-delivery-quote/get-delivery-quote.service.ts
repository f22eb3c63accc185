import { Injectable } from '@nestjs/common';
import { DeliveryQuote } from '@platter/contracts';
import { CatalogException } from '../../../catalog.exception';
import { findApprovedRestaurant } from '../../../restaurants/approved-restaurant';
import { RestaurantRepository } from '../../../restaurants/restaurant.repository';
import { DeliveryZoneRepository } from '../../delivery-zone.repository';

/**
 * What delivering to a point costs: the cheapest active zone covering it (ties: shortest time, then
 * name, then id; the order of compareZonesForQuote). No covering zone: 422 OUT_OF_DELIVERY_ZONE.
 */
@Injectable()
export class GetDeliveryQuoteService {
  constructor(
    private readonly restaurants: RestaurantRepository,
    private readonly zones: DeliveryZoneRepository,
  ) {}

  async quote(restaurantId: string, lat: number, lng: number): Promise<DeliveryQuote> {
    const restaurant = await findApprovedRestaurant(this.restaurants, restaurantId);
    const zone = await this.zones.cheapestCovering(restaurant.id, lat, lng);
    if (!zone) throw new CatalogException('OUT_OF_DELIVERY_ZONE', 'This restaurant does not deliver to this address');
    return {
      zone_id: zone.id,
      name: zone.name,
      delivery_fee: zone.delivery_fee,
      minimum_order: zone.minimum_order,
      estimated_minutes: zone.estimated_minutes,
      currency: restaurant.currency,
    };
  }
}
