import { Injectable } from '@nestjs/common';
import { Actor, DeliveryZoneView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { DeliveryZoneRepository } from '../../delivery-zone.repository';
import { toZoneView } from '../../zone.views';

/** Every zone of the actor's restaurant, inactive ones included; staff may read them, managers edit. */
@Injectable()
export class ListMyZonesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly zones: DeliveryZoneRepository,
    private readonly actingRestaurants: ActingRestaurants,
  ) {}

  list(actor: Actor): Promise<DeliveryZoneView[]> {
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, ANY_MEMBER);
      return (await this.zones.allOf(restaurant.id)).map(toZoneView);
    });
  }
}
