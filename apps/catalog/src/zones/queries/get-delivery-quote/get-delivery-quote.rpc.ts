import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeliveryQuote, DeliveryQuoteQuery, DeliveryQuoteRequest, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { CatalogException } from '../../../catalog.exception';
import { findApprovedRestaurant } from '../../../restaurants/approved-restaurant';

interface QuotedZoneRow {
  id: string;
  name: string;
  delivery_fee: number;
  minimum_order: number;
  estimated_minutes: number;
}

/**
 * What delivering to a point costs: the cheapest active zone covering it (ties: shortest time, then
 * name, then id; the order of compareZonesForQuote). No covering zone: 422 OUT_OF_DELIVERY_ZONE.
 */
@Controller()
export class GetDeliveryQuoteRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.catalog.deliveryQuote)
  async handle(@Payload() req: RpcRequest<DeliveryQuoteQuery>): Promise<DeliveryQuote> {
    const { id, lat, lng } = validData(DeliveryQuoteRequest, req?.data);
    const restaurant = await findApprovedRestaurant(this.tx, id);
    const [zone]: QuotedZoneRow[] = await this.tx.manager.query(
      `SELECT z.id, z.name, z.delivery_fee, z.minimum_order, z.estimated_minutes
       FROM delivery_zones z
       WHERE z.restaurant_id = $1 AND z.is_active AND zone_covers(z, $2, $3)
       ORDER BY z.delivery_fee, z.estimated_minutes, z.name COLLATE "C", z.id
       LIMIT 1`,
      [restaurant.id, lat, lng],
    );
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
