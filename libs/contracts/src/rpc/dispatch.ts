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

/** `GET /driver/profile`. */
export interface DriverProfileView {
  id: string;
  name: string | null;
  status: 'pending' | 'approved' | 'suspended';
  vehicle_type: string | null;
  vehicle_plate: string | null;
  online: boolean;
  location: (GeoPoint & { heading: number | null; speed: number | null; recorded_at: string }) | null;
  active_deliveries: number;
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
