import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { findActingRestaurant } from '../../../restaurants/acting-restaurant';
import { DeliveryZone } from '../../delivery-zone.entity';
import { toZoneChanged } from '../../zone.views';

/** Removes a zone for good (is_active=false hides one without losing it); replicas learn deleted=true. */
@Injectable()
export class DeleteZoneService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
  ) {}

  async delete(actor: Actor, id: string): Promise<void> {
    await this.tx.run(async () => {
      const restaurant = await findActingRestaurant(this.tx, actor, MANAGERS);
      const repo = this.tx.repository(DeliveryZone);
      const zone = await repo.findOne({ where: { id, restaurant_id: restaurant.id }, lock: { mode: 'pessimistic_write' } });
      if (!zone) throw new NotFoundError('Delivery zone');
      await repo.delete({ id: zone.id });
      await this.events.publish('delivery-zone.changed', toZoneChanged(zone, true));
    });
  }
}
