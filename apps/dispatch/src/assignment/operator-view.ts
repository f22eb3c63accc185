import { OperatorDeliveryView } from '@platter/contracts';
import { Delivery } from '../deliveries/delivery.entity';
import { Driver } from '../drivers/driver.entity';
import { DeliveryOffer } from './delivery-offer.entity';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A delivery as its restaurant's team and admins see it: who drives it, who it is offered to, ETAs. */
export function toOperatorDeliveryView(d: Delivery, driver: Driver | null, offer: DeliveryOffer | null): OperatorDeliveryView {
  return {
    delivery_id: d.id,
    order_id: d.order_id,
    order_number: d.order_number,
    restaurant_id: d.restaurant_id,
    customer_id: d.customer_id,
    status: d.status,
    driver:
      driver && d.driver_id === driver.id
        ? {
            id: driver.id,
            name: driver.name,
            vehicle_type: driver.vehicle_type,
            location:
              driver.last_lat !== null && driver.last_lng !== null && driver.last_located_at
                ? { lat: driver.last_lat, lng: driver.last_lng, recorded_at: driver.last_located_at.toISOString() }
                : null,
          }
        : null,
    offered_to: offer && offer.status === 'open' ? { driver_id: offer.driver_id, expires_at: offer.expires_at.toISOString() } : null,
    route:
      d.route_leg && d.route_distance_km !== null && d.route_eta_at && d.driver_id
        ? { leg: d.route_leg, distance_km: Math.round(d.route_distance_km * 100) / 100, eta: d.route_eta_at.toISOString() }
        : null,
    estimated_delivery_time: d.status === 'delivered' || d.status === 'cancelled' ? null : iso(d.estimated_delivery_at),
    expected_ready_at: iso(d.expected_ready_at),
    flagged_at: iso(d.flagged_at),
    created_at: d.created_at.toISOString(),
    available_at: iso(d.available_at),
    assigned_at: iso(d.assigned_at),
    picked_up_at: iso(d.picked_up_at),
    delivered_at: iso(d.delivered_at),
    cancelled_at: iso(d.cancelled_at),
  };
}
