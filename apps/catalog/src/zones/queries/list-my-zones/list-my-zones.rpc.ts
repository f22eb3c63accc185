import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeliveryZoneView, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER, requireActor, RpcEndpoint } from '@platter/service-kit';
import { findActingRestaurant } from '../../../restaurants/acting-restaurant';
import { DeliveryZone } from '../../delivery-zone.entity';
import { toZoneView } from '../../zone.views';

/** Every zone of the actor's restaurant, inactive ones included; staff may read them, managers edit. */
@Controller()
export class ListMyZonesRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.catalog.listMyZones)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<DeliveryZoneView[]> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.tx.run(async () => {
      const restaurant = await findActingRestaurant(this.tx, actor, ANY_MEMBER);
      const zones = await this.tx.repository(DeliveryZone).find({ where: { restaurant_id: restaurant.id }, order: { created_at: 'ASC', id: 'ASC' } });
      return zones.map(toZoneView);
    });
  }
}
