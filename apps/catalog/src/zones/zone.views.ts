import { DeliveryZoneChanged, DeliveryZoneView } from '@platter/contracts';
import { DeliveryZone } from './delivery-zone.entity';

/** What both the API view and the event say of a zone. */
function zoneFields(zone: DeliveryZone) {
  return {
    restaurant_id: zone.restaurant_id,
    name: zone.name,
    kind: zone.kind,
    center_lat: zone.center_lat,
    center_lng: zone.center_lng,
    radius_km: zone.radius_km,
    polygon: zone.polygon,
    delivery_fee: zone.delivery_fee,
    minimum_order: zone.minimum_order,
    estimated_minutes: zone.estimated_minutes,
    is_active: zone.is_active,
  };
}

export function toZoneView(zone: DeliveryZone): DeliveryZoneView {
  return { id: zone.id, ...zoneFields(zone), created_at: zone.created_at.toISOString(), updated_at: zone.updated_at.toISOString() };
}

export function toZoneChanged(zone: DeliveryZone, deleted = false): DeliveryZoneChanged {
  return { zone_id: zone.id, ...zoneFields(zone), deleted };
}
