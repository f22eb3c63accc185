import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { DeliveryZoneRepository } from '../../delivery-zone.repository';
import { toZoneChanged } from '../../zone.views';

/** Removes a zone for good (is_active=false hides one without losing it); replicas learn deleted=true. */
@Injectable()
export class DeleteZoneService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly zones: DeliveryZoneRepository,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly events: EventPublisher,
  ) {}

  async delete(actor: Actor, id: string): Promise<void> {
    await this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      const zone = await this.zones.lockOfRestaurant(restaurant.id, id);
      if (!zone) throw new NotFoundError('Delivery zone');
      await this.zones.delete(zone.id);
      await this.events.publish('delivery-zone.changed', toZoneChanged(zone, true));
    });
  }
}
