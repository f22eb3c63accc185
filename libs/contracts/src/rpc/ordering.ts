import { DeliveryType, OrderStatus, PaymentMethod } from '../events';
import type { Page } from './catalog';

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
  /** Loyalty points to spend (100 points = 100 XAF off). Customers only. */
  loyalty_points?: number;
  /** Spend 200 points for free delivery. Customers only. */
  redeem_free_delivery?: boolean;
  /** Mobile-money number to charge when it is not the buyer's own (E.164 or national). */
  payer_phone?: string;
  /** From the Idempotency-Key header. */
  idempotency_key?: string;
}

/** Who an order is for when they have no account: a name and a phone to reach them on. */
export interface ContactData {
  name: string;
  phone: string;
}
/** Contact details of a buyer without an account. */
export interface GuestContactData extends ContactData {
  email?: string;
}
/** `ordering.orders.place-for-guest`: the gateway has already resolved the optional guest session. */
export interface PlaceGuestOrderData extends Omit<PlaceOrderData, 'idempotency_key'> {
  guest: GuestContactData;
  guest_session_id?: string;
  /** The Idempotency-Key header: a retried guest POST answers the first order instead of placing another. */
  idempotency_key?: string;
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

// ---- Coupons (restaurant-scoped: /restaurant/coupons, platform-wide: /admin/coupons) ----

/** Which coupons a request is about: the actor's restaurant's own, or the platform's (admins). */
export type CouponScope = 'restaurant' | 'platform';

export interface CouponTermsData {
  code: string;
  /** percent: percent_bps of the subtotal (1000 = 10 %), capped by max_discount; fixed: amount off. */
  discount_type: 'percent' | 'fixed';
  percent_bps?: number | null;
  amount?: number | null;
  max_discount?: number | null;
  /** The subtotal (before discounts) an order needs; minor units. */
  min_subtotal?: number;
  /** Platform coupons only (default XAF); a restaurant's coupons are in its currency. */
  currency?: string;
  starts_at?: string | null;
  ends_at?: string | null;
  /** Total uses across every customer (null = unlimited). */
  max_uses?: number | null;
  per_customer_limit?: number | null;
  is_active?: boolean;
}

export interface CreateCouponData extends CouponTermsData {
  scope: CouponScope;
}
export interface UpdateCouponData {
  scope: CouponScope;
  id: string;
  /** Only the fields given change; null clears an optional one. */
  coupon: Partial<CouponTermsData>;
}
export interface CouponIdData {
  scope: CouponScope;
  id: string;
}
export interface ListCouponsData {
  scope: CouponScope;
  page?: number;
  limit?: number;
  /** Part of a code, case-insensitive. */
  code?: string;
  is_active?: boolean;
}

export interface CouponView {
  id: string;
  scope: CouponScope;
  restaurant_id: string | null;
  code: string;
  discount_type: 'percent' | 'fixed';
  percent_bps: number | null;
  amount: number | null;
  max_discount: number | null;
  min_subtotal: number;
  currency: string;
  starts_at: string | null;
  ends_at: string | null;
  max_uses: number | null;
  uses_count: number;
  per_customer_limit: number | null;
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

// ---- The staff order routes (POST/GET /orders, PATCH /orders/:id/status): restaurant staff ----
// The routes speak camelCase (StaffOrderView, StaffOrdersPage); the gateway translates each request onto
// the snake_case data below, which ordering checks, and ordering's DashboardOrderView back.

/** `ordering.staff-orders.place`: an order keyed in for the restaurant the caller's token acts for. */
export interface StaffPlaceOrderData {
  /** A platform customer the order is for (it shows in their orders). */
  customer_id?: string;
  order_type: 'online' | 'offline';
  /** Default dine_in. */
  delivery_type?: DeliveryType;
  delivery_address?: { address: string; latitude: number; longitude: number };
  items: PlaceOrderLineData[];
  /** Default cash. */
  payment_method?: PaymentMethod;
  /** Who the order is for when they have no account. */
  customer?: ContactData;
  /** From the Idempotency-Key header. */
  idempotency_key?: string;
}

/** `ordering.staff-orders.list`; `from`/`to` bound created_at (ISO 8601; a `to` date alone includes that whole day, UTC). */
export interface StaffOrdersQuery {
  page?: number;
  limit?: number;
  /** A staff status (pending | processing | completed | cancelled), or one of ordering's own statuses. */
  status?: string;
  customer_id?: string;
  from?: string;
  to?: string;
  /** Admins only: one restaurant's orders. */
  restaurant_id?: string;
}

/** `ordering.staff-orders.set-status`. */
export interface UpdateStaffOrderStatusData {
  id: string;
  /** A staff status (pending | processing | completed | cancelled), or one of ordering's own statuses. */
  status: string;
  payment_status?: StaffPaymentStatus;
  reason?: string;
}

export type StaffOrderStatus = 'pending' | 'processing' | 'completed' | 'cancelled';
export type StaffPaymentStatus = 'unpaid' | 'paid' | 'refunded';

/**
 * An order as ordering answers the staff RPCs: its order view, with what a restaurant's dashboard shows
 * beside it. The delivery code only in the answer to the staff member who keyed the order in.
 */
export interface DashboardOrderView extends OrderView {
  /** The dashboard's status for `status` (ordering's). */
  staff_status: StaffOrderStatus;
  /** The dashboard's payment status for `payment_status`. */
  staff_payment_status: StaffPaymentStatus;
  order_type: 'online' | 'offline';
  source: 'client' | 'guest' | 'staff';
  /** How to reach the buyer without an account; null when the order names none. */
  contact: { name: string | null; email: string | null; phone: string | null } | null;
  /** Handed over: delivered at the door, or at the counter or table. */
  delivered_at: string | null;
}

/** Figures over every order a staff listing matches (all pages); see StaffOrdersPage.stats. */
export interface DashboardOrderStats {
  total_orders: number;
  total_revenue: number | null;
  average_order_value: number | null;
  currency: string | null;
  by_currency: Array<{ currency: string; total_orders: number; total_revenue: number; average_order_value: number }>;
}

/** `ordering.staff-orders.list`'s answer: a page of orders and the stats over every match. */
export interface DashboardOrdersPage extends Page<DashboardOrderView> {
  stats: DashboardOrderStats;
}

/** An order as the staff routes show it (camelCase, the dashboard's statuses). */
export interface StaffOrderView {
  id: string;
  orderNumber: string;
  restaurantId: string;
  customer: { id: string | null; name: string | null; email: string | null; phone: string | null } | null;
  customerId: string | null;
  totalAmount: number;
  subtotal: number;
  taxAmount: number;
  deliveryFee: number;
  serviceFee: number;
  discountAmount: number;
  currency: string;
  /** The staff status, mapped from ordering's (`platterStatus`). */
  status: StaffOrderStatus;
  platterStatus: OrderStatus;
  paymentStatus: StaffPaymentStatus;
  paymentMethod: PaymentMethod;
  orderType: 'online' | 'offline';
  deliveryType: DeliveryType;
  source: 'client' | 'guest' | 'staff';
  items: Array<{ productId: string; name: string; quantity: number; price: number; totalPrice: number; variantName: string | null; modifiers: string[]; notes: string | null }>;
  /** Shown only in the answer to POST /orders (the staff member passes it on to the customer). */
  deliveryCode?: string;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
}

export interface StaffOrdersPage {
  orders: StaffOrderView[];
  pagination: { page: number; limit: number; total: number; totalPages: number };
  /**
   * Over every order the filters match (all pages): totalOrders counts them all; totalRevenue sums
   * total_amount less refunds over those not cancelled, averageOrderValue = totalRevenue / their
   * count (rounded half up). Per currency in byCurrency; the top-level figures are null when
   * the orders are in more than one currency.
   */
  stats: {
    totalOrders: number;
    totalRevenue: number | null;
    averageOrderValue: number | null;
    currency: string | null;
    byCurrency: Array<{ currency: string; totalOrders: number; totalRevenue: number; averageOrderValue: number }>;
  };
}

// ---- The order saga: cancellations, handover, admins' view and interventions. ----

/** `ordering.orders.cancel-for-customer`: allowed while the order is created, confirmed or accepted. */
export interface CancelOrderData {
  id: string;
  reason?: string;
}
/** `ordering.orders.cancel-for-guest`: a wrong id and a wrong token are the same NOT_FOUND. */
export interface CancelGuestOrderData extends CancelOrderData {
  token: string;
}

/** GET /admin/orders filters; `from`/`to` bound created_at (ISO 8601). */
export interface AdminOrdersQuery {
  page?: number;
  limit?: number;
  status?: OrderStatus;
  restaurant_id?: string;
  customer_id?: string;
  from?: string;
  to?: string;
  flagged?: boolean;
}

/** Where an order's saga stands, for admins. Money in minor units. */
export interface OrderSagaView {
  /** When the current step is overdue (null: nothing awaited). */
  step_due_at: string | null;
  overdue: boolean;
  payment_due_at: string | null;
  payment_check_requested_at: string | null;
  flagged: boolean;
  flagged_at: string | null;
  note: string | null;
  payment_provider: string | null;
  amount_paid: number;
  amount_refunded: number;
  /** What an admin may still ask payments to give back. */
  refundable: number;
  completed_at: string | null;
  cancelled_at: string | null;
}

export interface OrderStatusHistoryView {
  from: OrderStatus | null;
  to: OrderStatus;
  reason: string | null;
  actor_id: string | null;
  at: string;
}

export interface OrderAuditView {
  action: string;
  actor_id: string | null;
  detail: Record<string, unknown>;
  at: string;
}

export interface AdminOrderSummary extends OrderView {
  saga: OrderSagaView;
}

export interface AdminOrderDetail extends AdminOrderSummary {
  status_history: OrderStatusHistoryView[];
  audit: OrderAuditView[];
}

/** PUT /admin/orders/:id/status: any move the machine allows, or cancelling any order not yet final. */
export interface AdminSetOrderStatusData {
  id: string;
  status: OrderStatus;
  reason: string;
}

/** POST /admin/orders/:id/refund: amount absent = everything not yet refunded. */
export interface AdminRefundOrderData {
  id: string;
  amount?: number;
  reason: string;
  to_wallet?: boolean;
  /** From the Idempotency-Key header: a retried request asks for the money once. */
  idempotency_key?: string;
}

export interface AdminRefundRequestedView {
  refund_request_id: string;
  order_id: string;
  amount: number;
  to_wallet: boolean;
  status: 'requested';
}

/** POST /admin/orders/:id/saga/resume and /saga/compensate. */
export interface AdminSagaActionData {
  id: string;
  reason?: string;
}
