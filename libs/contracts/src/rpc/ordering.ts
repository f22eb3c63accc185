import { DeliveryType, OrderStatus, PaymentMethod } from '../events';

export interface PlaceOrderLineData {
  menu_item_id: string;
  quantity: number;
  notes?: string;
  /** One of the item's variants (sizes); required when the item has variants. */
  variant_id?: string;
  /** Chosen modifier options, within each group's min/max. */
  modifier_ids?: string[];
}

export interface PlaceOrderData {
  restaurant_id: string;
  items: PlaceOrderLineData[];
  delivery_type: DeliveryType;
  delivery_address?: { address: string; latitude: number; longitude: number };
  payment_method: PaymentMethod;
  coupon_code?: string;
  /** Loyalty points to spend (000: 100 points = 100 XAF off). Customers only. */
  loyalty_points?: number;
  /** Spend 200 points for free delivery (000). Customers only. */
  redeem_free_delivery?: boolean;
  /** Mobile-money number to charge when it is not the buyer's own (E.164 or national). */
  payer_phone?: string;
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
  variant_name?: string | null;
  modifiers?: string[];
}

export type OrderPaymentStatus = 'pending' | 'completed' | 'failed' | 'refunded' | 'partially_refunded';

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
  /** Coupon plus loyalty redemption, taken off the total. */
  discount_amount?: number;
  coupon_code?: string | null;
  loyalty_points_redeemed?: number;
  total_amount: number;
  /** Minor units given back so far (refunds). */
  amount_refunded?: number;
  currency: string;
  delivery_type: DeliveryType;
  payment_method: PaymentMethod;
  payment_status: OrderPaymentStatus;
  /** Shown to the customer (or guest) only: they give it to the driver at the door. */
  delivery_code?: string;
  driver_id?: string | null;
  /** Until when an online payment is awaited before the order is cancelled. */
  payment_due_at?: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderTransitionData {
  id: string;
  reason?: string;
}
