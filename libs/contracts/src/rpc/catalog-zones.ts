/** Delivery zones (POST/GET/PUT/DELETE /restaurant/zones, GET /public/restaurants/:id/delivery-quote). */

/** Exactly one of radius_km (centred on the restaurant) or polygon ([[lng, lat], ...]). Money in minor units. */
export interface CreateDeliveryZoneData {
  name: string;
  radius_km?: number;
  polygon?: Array<[number, number]>;
  delivery_fee: number;
  minimum_order?: number;
  estimated_minutes: number;
  is_active?: boolean;
}

/** Every field optional; giving radius_km turns the zone into a radius zone, polygon into a polygon zone. */
export interface UpdateDeliveryZoneData {
  id: string;
  name?: string;
  radius_km?: number;
  polygon?: Array<[number, number]>;
  delivery_fee?: number;
  minimum_order?: number;
  estimated_minutes?: number;
  is_active?: boolean;
}

export interface DeliveryZoneView {
  id: string;
  restaurant_id: string;
  name: string;
  kind: 'radius' | 'polygon';
  center_lat: number | null;
  center_lng: number | null;
  radius_km: number | null;
  polygon: Array<[number, number]> | null;
  delivery_fee: number;
  minimum_order: number;
  estimated_minutes: number;
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

export interface DeliveryQuoteQuery {
  id: string;
  lat: number;
  lng: number;
}

/** The cheapest active zone covering the point (ties: shortest estimated time, then name). */
export interface DeliveryQuote {
  zone_id: string;
  name: string;
  delivery_fee: number;
  minimum_order: number;
  estimated_minutes: number;
  currency: string;
}
