import type { DeliveryStatus, DriverDeliveryView, GeoPoint } from './dispatch';

/**
 * Assignment (dispatch): offers to drivers, manual assignment by a restaurant's team or an admin,
 * and the boards they watch. Distances in km, times ISO 8601.
 */

/** `GET /driver/orders/available`: the driver's open offers first, then the pool near them. */
export interface AvailableDeliveryView extends DriverDeliveryView {
  /** `offer`: offered to you alone until offer_expires_at; `pool`: nobody holds an offer for it, the first to accept takes it. */
  source: 'offer' | 'pool';
  offer_id: string | null;
  offer_expires_at: string | null;
  /** Where the food is picked up, when dispatch knows the restaurant's position. */
  pickup_location: GeoPoint | null;
  /** Straight-line distance from your last position to the restaurant. */
  pickup_distance_km: number | null;
}

/** `POST /driver/orders/:id/decline`: the offer the driver turned down (it goes to the next driver). */
export interface DeclinedOfferView {
  order_id: string;
  offer_id: string;
  status: 'declined';
}

/** `POST /restaurant/deliveries/:orderId/assign`, `POST /admin/deliveries/:orderId/assign`. */
export interface AssignDeliveryData {
  order_id: string;
  driver_id: string;
}

/** A delivery's driver as its restaurant and admins see them. */
export interface AssignedDriverView {
  id: string;
  name: string | null;
  vehicle_type: string | null;
  location: (GeoPoint & { recorded_at: string }) | null;
}

/** A delivery on a restaurant's or an admin's board. */
export interface OperatorDeliveryView {
  delivery_id: string;
  order_id: string;
  order_number: string | null;
  restaurant_id: string;
  customer_id: string | null;
  status: DeliveryStatus;
  driver: AssignedDriverView | null;
  /** The driver currently offered it, and until when. */
  offered_to: { driver_id: string; expires_at: string } | null;
  /** to_pickup (assigned) or to_dropoff (picked up), with its ETA. */
  route: { leg: 'to_pickup' | 'to_dropoff'; distance_km: number; eta: string } | null;
  estimated_delivery_time: string | null;
  expected_ready_at: string | null;
  /** Nobody took it within DISPATCH_UNCLAIMED_FLAG_SECONDS of being offered. */
  flagged_at: string | null;
  created_at: string;
  available_at: string | null;
  assigned_at: string | null;
  picked_up_at: string | null;
  delivered_at: string | null;
  cancelled_at: string | null;
}

/** `GET /restaurant/deliveries` (`restaurant_id` for admins). */
export interface RestaurantDeliveriesData {
  restaurant_id?: string;
  page?: number;
  limit?: number;
}

/** `GET /admin/deliveries`. */
export interface AdminDeliveriesData {
  status?: DeliveryStatus;
  restaurant_id?: string;
  driver_id?: string;
  order_id?: string;
  /** true: only deliveries nobody took in time. */
  flagged?: boolean;
  /** true: only deliveries not yet delivered or cancelled. */
  active?: boolean;
  page?: number;
  limit?: number;
}

/** `GET /restaurant/drivers/nearby?radius_km=` (`restaurant_id` for admins). */
export interface NearbyDriversData {
  radius_km?: number;
  restaurant_id?: string;
}

export interface NearbyDriverView {
  id: string;
  name: string | null;
  vehicle_type: string | null;
  distance_km: number;
  active_deliveries: number;
  location: GeoPoint & { recorded_at: string };
  /** The position is older than LOCATION_STALE_SECONDS. */
  stale: boolean;
}
