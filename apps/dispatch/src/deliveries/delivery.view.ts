import { AvailableDeliveryView, DeliveryView, DriverDeliveryView } from '@platter/contracts';
import { Driver } from '../drivers/driver.entity';
import { ACTIVE_DELIVERY_STATUSES } from './domain/delivery-rules';
import { Delivery } from './delivery.entity';
import { distanceKm, estimatedArrival, pointOf, roundKm } from './domain/eta';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Operators' view (admins). */
export function toDeliveryView(d: Delivery): DeliveryView {
  return {
    id: d.id,
    order_id: d.order_id,
    restaurant_id: d.restaurant_id,
    customer_id: d.customer_id,
    driver_id: d.driver_id,
    status: d.status,
    created_at: d.created_at.toISOString(),
    updated_at: d.updated_at.toISOString(),
  };
}

/** A driver's view: where to go and how far it is, never the customer's delivery code. */
export function toDriverDeliveryView(d: Delivery, driver: Driver | null, speedKmh: number, now = new Date()): DriverDeliveryView {
  const here = pointOf(driver?.last_lat, driver?.last_lng);
  const there = pointOf(d.dest_lat, d.dest_lng);
  const active = ACTIVE_DELIVERY_STATUSES.includes(d.status);
  const eta = active ? estimatedArrival(here, there, speedKmh, now) : null;
  return {
    delivery_id: d.id,
    order_id: d.order_id,
    order_number: d.order_number,
    restaurant_id: d.restaurant_id,
    status: d.status,
    delivery_address: d.address || there ? { address: d.address ?? '', latitude: d.dest_lat, longitude: d.dest_lng } : null,
    delivery_fee: d.delivery_fee,
    distance_km: here && there ? roundKm(distanceKm(here, there)) : null,
    estimated_delivery_time: iso(eta),
    available_at: iso(d.available_at),
    assigned_at: iso(d.assigned_at),
    picked_up_at: iso(d.picked_up_at),
    in_transit_at: iso(d.in_transit_at),
    delivered_at: iso(d.delivered_at),
  };
}

/** An offer made to the driver, or a delivery of the pool near them (GET /driver/orders/available). */
export function toAvailableDeliveryView(
  d: Delivery,
  driver: Driver,
  speedKmh: number,
  offer: { offer_id: string; expires_at: Date } | null,
  now = new Date(),
): AvailableDeliveryView {
  const here = pointOf(driver.last_lat, driver.last_lng);
  const pickup = pointOf(d.pickup_lat, d.pickup_lng);
  return {
    ...toDriverDeliveryView(d, driver, speedKmh, now),
    source: offer ? 'offer' : 'pool',
    offer_id: offer?.offer_id ?? null,
    offer_expires_at: offer ? offer.expires_at.toISOString() : null,
    pickup_location: pickup,
    pickup_distance_km: here && pickup ? roundKm(distanceKm(here, pickup)) : null,
  };
}
