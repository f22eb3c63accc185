import type { DriverStatus } from '../events';

/**
 * awaiting_pickup_ready: the order is being prepared; available: ready, offered to online drivers;
 * assigned → picked_up → in_transit → delivered; cancelled with its order.
 */
export const DELIVERY_LIFECYCLE = ['awaiting_pickup_ready', 'available', 'assigned', 'picked_up', 'in_transit', 'delivered', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_LIFECYCLE)[number];

export interface ListDeliveriesData {
  order_id?: string;
}

export interface DeliveryView {
  id: string;
  order_id: string;
  restaurant_id: string;
  customer_id: string | null;
  driver_id: string | null;
  status: DeliveryStatus;
  created_at: string;
  updated_at: string;
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

/**
 * `GET /driver/profile` (and the answer of the driver's own moves). pending: waiting for an admin's
 * review; approved: may go online; rejected: refused, with a reason (changing the profile or
 * uploading a document asks for a new review); suspended: by an admin or with the user's account.
 */
export interface DriverProfileView {
  id: string;
  name: string | null;
  phone: string | null;
  status: DriverStatus;
  vehicle_type: VehicleType | null;
  vehicle_plate: string | null;
  license_number: string | null;
  /** Why an admin rejected the driver (while rejected). */
  rejection_reason: string | null;
  /** Why the driver is suspended (while suspended). */
  suspension_reason: string | null;
  online: boolean;
  location: (GeoPoint & { heading: number | null; speed: number | null; recorded_at: string }) | null;
  active_deliveries: number;
  /** On GET and PUT /driver/profile: the documents uploaded, oldest first. */
  documents?: DriverDocumentView[];
}

export const VEHICLE_TYPES = ['bicycle', 'motorbike', 'car', 'van'] as const;
export type VehicleType = (typeof VEHICLE_TYPES)[number];

/** `PUT /driver/profile`: vehicle_plate is required except for a bicycle; absent optional fields stay as they are. */
export interface UpdateDriverProfileData {
  vehicle_type: VehicleType;
  vehicle_plate?: string | null;
  license_number?: string | null;
  name?: string;
  phone?: string | null;
}

export const DRIVER_DOCUMENT_TYPES = ['id_card', 'driver_license', 'vehicle_registration', 'insurance'] as const;
export type DriverDocumentType = (typeof DRIVER_DOCUMENT_TYPES)[number];

/** `POST /driver/documents`: the gateway forwards the bytes (base64) of a file within 5 MB. */
export interface UploadDriverDocumentData {
  type: DriverDocumentType;
  file_name: string;
  content_base64: string;
}

export interface DriverDocumentView {
  id: string;
  driver_id: string;
  type: DriverDocumentType;
  file_name: string;
  content_type: string;
  size_bytes: number;
  created_at: string;
}

/** `GET /admin/drivers/:id/documents/:documentId`: which document of which driver. */
export interface DriverDocumentRefData {
  driver_id: string;
  document_id: string;
}

/** `GET /admin/drivers/:id/documents/:documentId`. */
export interface DriverDocumentContent {
  document: DriverDocumentView;
  content_base64: string;
}

/** `GET /admin/drivers`: q matches name, phone, plate or licence number (or the id). */
export interface AdminDriversQuery {
  status?: DriverStatus;
  online?: boolean;
  q?: string;
  page: number;
  limit: number;
}

export interface AdminDriverView extends DriverProfileView {
  created_at: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
}

/** Who moved a driver's status, when and why (admins' moves and the account's). */
export interface DriverAuditEntryView {
  action: DriverAuditAction;
  from_status: DriverStatus;
  to_status: DriverStatus;
  reason: string | null;
  /** The admin (or the driver re-applying); null when the user's account moved it (identity's event). */
  actor_id: string | null;
  actor_role: string | null;
  created_at: string;
}

export const DRIVER_AUDIT_ACTIONS = ['approve', 'reject', 'suspend', 'reinstate', 'reapply', 'account_suspended', 'account_reactivated', 'account_deleted'] as const;
export type DriverAuditAction = (typeof DRIVER_AUDIT_ACTIONS)[number];

/** `GET /admin/drivers/:id`. */
export interface AdminDriverDetail {
  driver: AdminDriverView;
  documents: DriverDocumentView[];
  history: DriverAuditEntryView[];
}

/** `POST /admin/drivers/:id/reject|suspend` {reason}. */
export interface DriverReviewData {
  id: string;
  reason: string;
}

/** `PUT /driver/availability`. */
export interface DriverAvailabilityData {
  online: boolean;
}

/** `PUT /driver/location`: degrees; heading in degrees from north, speed in km/h. */
export interface DriverLocationData {
  lat: number;
  lng: number;
  heading?: number;
  speed?: number;
}

/** `PUT /driver/orders/:id/deliver` (:id is the order's id). */
export interface DeliverOrderData {
  id: string;
  delivery_code?: string;
}

/** A delivery as a driver sees it (never its delivery code). */
export interface DriverDeliveryView {
  delivery_id: string;
  order_id: string;
  order_number: string | null;
  restaurant_id: string;
  status: DeliveryStatus;
  delivery_address: { address: string; latitude: number | null; longitude: number | null } | null;
  delivery_fee: number | null;
  /** Straight-line distance from the driver's last position to the customer, when both are known. */
  distance_km: number | null;
  estimated_delivery_time: string | null;
  available_at: string | null;
  assigned_at: string | null;
  picked_up_at: string | null;
  in_transit_at: string | null;
  delivered_at: string | null;
}
