import { AdminDriverView, DriverAuditEntryView, DriverDocumentView, DriverProfileView } from '@platter/contracts';
import { DriverDocument } from './documents/driver-document.entity';
import { DriverAuditEntry } from './driver-audit-entry.entity';
import { Driver } from './driver.entity';

export function toDriverProfileView(d: Driver, activeDeliveries: number): DriverProfileView {
  return {
    id: d.id,
    name: d.name,
    phone: d.phone,
    status: d.status,
    vehicle_type: d.vehicle_type,
    vehicle_plate: d.vehicle_plate,
    license_number: d.license_number,
    rejection_reason: d.status === 'rejected' ? d.rejection_reason : null,
    suspension_reason: d.status === 'suspended' ? d.suspension_reason : null,
    online: d.online,
    location:
      d.last_lat !== null && d.last_lng !== null && d.last_located_at
        ? { lat: d.last_lat, lng: d.last_lng, heading: d.last_heading, speed: d.last_speed, recorded_at: d.last_located_at.toISOString() }
        : null,
    active_deliveries: activeDeliveries,
  };
}

export function toAdminDriverView(d: Driver, activeDeliveries: number): AdminDriverView {
  return {
    ...toDriverProfileView(d, activeDeliveries),
    created_at: d.created_at.toISOString(),
    reviewed_at: d.reviewed_at?.toISOString() ?? null,
    reviewed_by: d.reviewed_by,
  };
}

export function toDriverDocumentView(d: DriverDocument): DriverDocumentView {
  return {
    id: d.id,
    driver_id: d.driver_id,
    type: d.type,
    file_name: d.file_name,
    content_type: d.content_type,
    size_bytes: d.size_bytes,
    created_at: d.created_at.toISOString(),
  };
}

export function toDriverAuditView(e: DriverAuditEntry): DriverAuditEntryView {
  return {
    action: e.action,
    from_status: e.from_status,
    to_status: e.to_status,
    reason: e.reason,
    actor_id: e.actor_id,
    actor_role: e.actor_role,
    created_at: e.at.toISOString(),
  };
}
