import { Injectable } from '@nestjs/common';
import { Actor, DeliveryZoneView, NotFoundError, UpdateDeliveryZoneRequest } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { DeliveryZoneRepository } from '../../delivery-zone.repository';
import { zoneShapeFrom } from '../../domain/zone-shape';
import { toZoneChanged, toZoneView } from '../../zone.views';

/**
 * Changes a zone of the actor's restaurant. Giving radius_km or polygon replaces the geometry (a radius
 * is re-centred on the restaurant's current coordinates); leaving both out keeps it.
 */
@Injectable()
export class UpdateZoneService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly zones: DeliveryZoneRepository,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly events: EventPublisher,
  ) {}

  async update(actor: Actor, data: UpdateDeliveryZoneRequest): Promise<DeliveryZoneView> {
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      // Locked so concurrent edits publish their events in commit order (replicas keep the newest).
      const zone = await this.zones.lockOfRestaurant(restaurant.id, data.id);
      if (!zone) throw new NotFoundError('Delivery zone');
      const reshaped = data.radius_km !== undefined || data.polygon !== undefined ? zoneShapeFrom(restaurant, data) : {};
      Object.assign(zone, reshaped, {
        name: data.name?.trim() ?? zone.name,
        delivery_fee: data.delivery_fee ?? zone.delivery_fee,
        minimum_order: data.minimum_order ?? zone.minimum_order,
        estimated_minutes: data.estimated_minutes ?? zone.estimated_minutes,
        is_active: data.is_active ?? zone.is_active,
      });
      await this.zones.save(zone);
      const saved = await this.zones.get(zone.id);
      await this.events.publish('delivery-zone.changed', toZoneChanged(saved));
      return toZoneView(saved);
    });
  }
}
