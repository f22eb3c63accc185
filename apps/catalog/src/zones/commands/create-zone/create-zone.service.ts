import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, CreateDeliveryZoneRequest, DeliveryZoneView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { DeliveryZoneRepository } from '../../delivery-zone.repository';
import { zoneShapeFrom } from '../../domain/zone-shape';
import { toZoneChanged, toZoneView } from '../../zone.views';

/** An owner or manager draws an area the restaurant delivers to, with its fee, minimum order and time. */
@Injectable()
export class CreateZoneService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly zones: DeliveryZoneRepository,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly events: EventPublisher,
  ) {}

  async create(actor: Actor, data: CreateDeliveryZoneRequest): Promise<DeliveryZoneView> {
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      const zone = this.zones.create({
        id: randomUUID(),
        restaurant_id: restaurant.id,
        name: data.name.trim(),
        ...zoneShapeFrom(restaurant, data),
        delivery_fee: data.delivery_fee,
        minimum_order: data.minimum_order ?? 0,
        estimated_minutes: data.estimated_minutes,
        is_active: data.is_active ?? true,
      });
      await this.zones.insert(zone);
      const saved = await this.zones.get(zone.id);
      await this.events.publish('delivery-zone.changed', toZoneChanged(saved));
      return toZoneView(saved);
    });
  }
}
