import { PricedZone, cheapestCoveringZone } from '@platter/contracts';
import { OrderingException } from './ordering.exception';

export interface OrderableZone extends PricedZone {
  minimum_order: number;
}

/**
 * The zone that serves a delivery address: the cheapest active zone covering it (same rule and ties
 * as catalog's quote). A restaurant without zones delivers nowhere, so its delivery orders are refused
 * like any address outside every zone (pickup and dine-in do not come here). A subtotal under the
 * serving zone's minimum order is refused too: the minimum is the serving zone's, not the lowest one.
 */
export function deliveryZoneFor<Z extends OrderableZone>(zones: readonly Z[], address: { latitude: number; longitude: number }, subtotal: number): Z {
  const zone = cheapestCoveringZone(zones, address.latitude, address.longitude);
  if (!zone) throw new OrderingException('OUT_OF_DELIVERY_ZONE', 'This restaurant does not deliver to this address');
  if (subtotal < zone.minimum_order) {
    throw new OrderingException('BELOW_MINIMUM_ORDER', `Delivery to this address needs a subtotal of at least ${zone.minimum_order}`);
  }
  return zone;
}
