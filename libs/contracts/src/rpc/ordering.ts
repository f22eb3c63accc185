import { DeliveryType, OrderStatus, PaymentMethod } from '../events';

export interface PlaceOrderData {
  restaurant_id: string;
  items: Array<{ menu_item_id: string; quantity: number; notes?: string }>;
  delivery_type: DeliveryType;
  delivery_address?: { address: string; latitude: number; longitude: number };
  payment_method: PaymentMethod;
  /** From the Idempotency-Key header. */
  idempotency_key?: string;
}

/** Contact details of a buyer without an account. */
export interface GuestContactData {
  name: string;
  phone: string;
  email?: string;
}
/** `ordering.orders.place-for-guest`: the gateway has already resolved the optional guest session. */
export interface PlaceGuestOrderData extends Omit<PlaceOrderData, 'idempotency_key'> {
  guest: GuestContactData;
  guest_session_id?: string;
}
/** The tracking token is shown once, here; ordering keeps only its SHA-256. */
export interface GuestOrderPlaced {
  order: OrderView;
  tracking_token: string;
}
/** `ordering.orders.track-for-guest`: a wrong id and a wrong token are the same NOT_FOUND. */
export interface TrackGuestOrderData {
  id: string;
  token: string;
}

export interface OrderItemView {
  menu_item_id: string;
  name: string;
  quantity: number;
  unit_price: number;
  total_price: number;
  notes: string | null;
}

export interface OrderView {
  id: string;
  order_number: string;
  restaurant_id: string;
  customer_id: string | null;
  status: OrderStatus;
  items: OrderItemView[];
  subtotal: number;
  tax_amount: number;
  delivery_fee: number;
  service_fee: number;
  total_amount: number;
  currency: string;
  delivery_type: DeliveryType;
  payment_method: PaymentMethod;
  payment_status: 'pending' | 'completed' | 'failed' | 'refunded';
  created_at: string;
  updated_at: string;
}

export interface OrderTransitionData {
  id: string;
  reason?: string;
}
