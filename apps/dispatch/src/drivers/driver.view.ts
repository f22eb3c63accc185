import { DriverProfileView } from '@platter/contracts';
import { Driver } from './driver.entity';

export function toDriverProfileView(d: Driver, activeDeliveries: number): DriverProfileView {
  return {
    id: d.id,
    name: d.name,
    status: d.status,
    vehicle_type: d.vehicle_type,
    vehicle_plate: d.vehicle_plate,
    online: d.online,
    location:
      d.last_lat !== null && d.last_lng !== null && d.last_located_at
        ? { lat: d.last_lat, lng: d.last_lng, heading: d.last_heading, speed: d.last_speed, recorded_at: d.last_located_at.toISOString() }
        : null,
    active_deliveries: activeDeliveries,
  };
}
