import 'reflect-metadata';
import { Type } from 'class-transformer';
import type { HoursException, WeeklyHours } from '../menu/opening-hours';
import {
  IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested,
} from 'class-validator';

// Every event payload the fleet exchanges, typed and validated here so producer and consumer
// share one definition. Money is an integer in the currency's minor unit.

export const USER_ROLES = ['guest', 'customer', 'restaurant_owner', 'restaurant_staff', 'driver', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ORDER_STATUSES = [
  'created', 'confirmed', 'accepted', 'preparing', 'ready', 'assigned', 'picked_up', 'in_transit',
  'delivered', 'completed', 'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const DELIVERY_TYPES = ['delivery', 'pickup', 'dine_in'] as const;
export type DeliveryType = (typeof DELIVERY_TYPES)[number];

export const PAYMENT_METHODS = ['cash', 'wallet', 'campay', 'noupay', 'stripe', 'paymob'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export class UserRegistered {
  @IsUUID() user_id: string;
  @IsEmail() email: string;
  @IsString() name: string;
  @IsOptional() @IsString() phone?: string | null;
  @IsIn(USER_ROLES) role: UserRole;
  /** The referral code the new user signed up with (a referral), if any. */
  @IsOptional() @IsString() referral_code?: string | null;
  /** YYYY-MM-DD, if given at sign-up (the loyalty birthday bonus). */
  @IsOptional() @IsString() birthday?: string | null;
}

/**
 * A one-time link's token for notifications to email (password reset, email verification). The token
 * is in clear because the email must carry it; identity keeps only its SHA-256.
 */
export class AccountEmailTokenIssued {
  @IsUUID() user_id: string;
  @IsEmail() email: string;
  @IsString() name: string;
  @IsString() @Length(43, 43) token: string;
  @IsISO8601() expires_at: string;
}

export class UserPasswordResetRequested extends AccountEmailTokenIssued {}

export class UserEmailVerificationRequested extends AccountEmailTokenIssued {}

/** Sign-in is locked for this account (from one address or from everywhere); the link lifts the locks. */
export class UserAccountUnlockRequested extends AccountEmailTokenIssued {}

/** The password was replaced (by a reset); every session of the account has been ended. */
export class UserPasswordChanged {
  @IsUUID() user_id: string;
}

export class UserStatusChanged {
  @IsUUID() user_id: string;
  @IsIn(['active', 'suspended', 'banned']) status: 'active' | 'suspended' | 'banned';
  /** The account's role, so a service that copies only some roles (drivers, customers) keeps nothing of the others; absent on events published before it was added. */
  @IsOptional() @IsIn(USER_ROLES) role?: UserRole;
}

/** An admin erased the account (GDPR): consumers drop or anonymise what they copied of it. */
/** The account holder changed who they are (PUT /users/me): copies elsewhere follow. */
export class UserProfileUpdated {
  @IsUUID() user_id: string;
  @IsString() name: string;
  @IsOptional() @IsString() phone: string | null;
  /** YYYY-MM-DD; null: removed; absent (older events): unchanged. */
  @IsOptional() @IsString() birthday?: string | null;
  /** The account's role, so a service that copies only some roles (drivers, customers) keeps nothing of the others; absent on events published before it was added. */
  @IsOptional() @IsIn(USER_ROLES) role?: UserRole;
}

/** An admin erased the account (GDPR): every copy of its personal data must go. */
export class UserDeleted {
  @IsUUID() user_id: string;
}

/** Something the account holder should know about their account's security (refresh-token reuse, ...). */
export const SECURITY_ALERT_KINDS = ['refresh_token_reuse'] as const;
export type SecurityAlertKind = (typeof SECURITY_ALERT_KINDS)[number];

export class UserSecurityAlert {
  @IsUUID() user_id: string;
  @IsEmail() email: string;
  @IsString() name: string;
  @IsIn(SECURITY_ALERT_KINDS) kind: SecurityAlertKind;
  @IsISO8601() occurred_at: string;
  @IsOptional() @IsString() ip?: string | null;
  @IsOptional() @IsString() user_agent?: string | null;
}

export class RestaurantApproved {
  @IsUUID() restaurant_id: string;
  @IsUUID() owner_id: string;
  @IsString() name: string;
  @IsString() @Length(3, 3) currency: string;
  /** IANA time zone its menu schedules are read in (absent from older events). */
  @IsOptional() @IsString() timezone?: string;
  /** Its commission rate (0.15 = 15 %) when approved (absent from older events). */
  @IsOptional() @IsNumber() @Min(0) @Max(1) commission_rate?: number;
  /** Weekly hours and dated exceptions (absent from older events): ordering takes orders only while open. */
  @IsOptional() @IsObject() opening_hours?: WeeklyHours;
  @IsOptional() @IsArray() hours_exceptions?: HoursException[];
  /** Where drivers pick its orders up (absent from older events). */
  @IsOptional() @IsNumber() latitude?: number | null;
  @IsOptional() @IsNumber() longitude?: number | null;
}

/** A restaurant's onboarding status changed (approved, rejected, suspended, reinstated, re-applied). */
export class RestaurantStatusChanged {
  @IsUUID() restaurant_id: string;
  @IsUUID() owner_id: string;
  @IsIn(['pending', 'approved', 'rejected', 'suspended']) status: 'pending' | 'approved' | 'rejected' | 'suspended';
  @IsOptional() @IsString() reason?: string | null;
}

/** A restaurant's profile changed: what replicas keep of it. */
export class RestaurantUpdated {
  @IsUUID() restaurant_id: string;
  @IsString() name: string;
  @IsString() slug: string;
  @IsString() @Length(3, 3) currency: string;
  @IsNumber() @Min(0) @Max(1) commission_rate: number;
  @IsOptional() @IsNumber() latitude?: number | null;
  @IsOptional() @IsNumber() longitude?: number | null;
  /** IANA time zone its hours and menu schedules are read in. */
  @IsOptional() @IsString() timezone?: string;
  @IsOptional() @IsObject() opening_hours?: WeeklyHours;
  @IsOptional() @IsArray() hours_exceptions?: HoursException[];
}

export class MenuItemVariantPayload {
  @IsUUID() id: string;
  @IsString() name: string;
  @IsInt() @Min(0) price: number;
}

export class MenuModifierOptionPayload {
  @IsUUID() id: string;
  @IsString() name: string;
  @IsInt() price_delta: number;
  @IsBoolean() is_available: boolean;
}

export class MenuModifierGroupPayload {
  @IsUUID() id: string;
  @IsString() name: string;
  @IsInt() @Min(0) min_choices: number;
  @IsInt() @Min(0) max_choices: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => MenuModifierOptionPayload) options: MenuModifierOptionPayload[];
}

export class MenuItemChanged {
  @IsUUID() item_id: string;
  @IsUUID() restaurant_id: string;
  @IsString() name: string;
  @IsInt() @Min(0) price: number;
  @IsString() @Length(3, 3) currency: string;
  @IsBoolean() is_available: boolean;
  @IsOptional() @IsUUID() category_id?: string | null;
  @IsBoolean() deleted: boolean;
  /** Sizes with absolute prices; missing from events published before variants existed. */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => MenuItemVariantPayload) variants?: MenuItemVariantPayload[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => MenuModifierGroupPayload) modifier_groups?: MenuModifierGroupPayload[];
  /** Local-time windows the item can be ordered in (its own, else its category's); null = always. */
  @IsOptional() @IsArray() availability_schedule?: Array<{ days: string[]; from: string; to: string }> | null;
}

export class MenuCategoryChanged {
  @IsUUID() category_id: string;
  @IsUUID() restaurant_id: string;
  @IsString() name: string;
  @IsInt() @Min(0) position: number;
  @IsBoolean() deleted: boolean;
}

export class OrderLine {
  @IsUUID() menu_item_id: string;
  @IsString() name: string;
  @IsInt() @Min(1) quantity: number;
  /** The chosen variant's price plus the chosen modifiers' deltas. */
  @IsInt() @Min(0) unit_price: number;
  @IsOptional() @IsString() notes?: string | null;
  /** The size chosen, by name, for the kitchen (absent when the item has no variants). */
  @IsOptional() @IsString() variant_name?: string | null;
  /** The modifier options chosen, by name, for the kitchen. */
  @IsOptional() @IsArray() @IsString({ each: true }) modifiers?: string[];
}

export class OrderCreated {
  @IsUUID() order_id: string;
  @IsString() order_number: string;
  @IsUUID() restaurant_id: string;
  @IsUUID() restaurant_owner_id: string;
  @IsOptional() @IsUUID() customer_id?: string | null;
  @IsIn(ORDER_STATUSES) status: OrderStatus;
  @IsArray() @ValidateNested({ each: true }) @Type(() => OrderLine) items: OrderLine[];
  @IsInt() @Min(0) subtotal: number;
  @IsInt() @Min(0) total_amount: number;
  @IsString() @Length(3, 3) currency: string;
  @IsIn(DELIVERY_TYPES) delivery_type: DeliveryType;
  @IsIn(PAYMENT_METHODS) payment_method: PaymentMethod;
  // What payments and dispatch need; optional because older events lack them.
  @IsOptional() @IsInt() @Min(0) tax_amount?: number;
  @IsOptional() @IsInt() @Min(0) delivery_fee?: number;
  @IsOptional() @IsInt() @Min(0) service_fee?: number;
  /** Coupon and loyalty redemption together, already taken off total_amount. */
  @IsOptional() @IsInt() @Min(0) discount_amount?: number;
  /** The restaurant's commission rate when the order was placed, in basis points (1500 = 15 %). */
  @IsOptional() @IsInt() @Min(0) @Max(10000) commission_rate_bps?: number;
  /** Who pays by mobile money, unless the payer names another number: the guest's or customer's phone (E.164). */
  @IsOptional() @IsString() payer_phone?: string | null;
  @IsOptional() @IsEmail() payer_email?: string | null;
  /** Until when ordering waits for an online payment before cancelling the order. */
  @IsOptional() @IsISO8601() payment_due_at?: string | null;
  /**
   * The code the customer gives the driver at the door; dispatch checks it. In the event because
   * dispatch never asks ordering; the socket relay never forwards it.
   */
  @IsOptional() @IsString() delivery_code?: string | null;
  @IsOptional() delivery_address?: { address: string; latitude: number; longitude: number } | null;
}

export class OrderStatusChanged {
  @IsUUID() order_id: string;
  @IsString() order_number: string;
  @IsUUID() restaurant_id: string;
  @IsUUID() restaurant_owner_id: string;
  @IsOptional() @IsUUID() customer_id?: string | null;
  @IsIn(ORDER_STATUSES) from: OrderStatus;
  @IsIn(ORDER_STATUSES) to: OrderStatus;
  @IsOptional() @IsString() reason?: string | null;
  @IsOptional() @IsString() estimated_delivery_time?: string | null;
  /** Who moved it (null: the platform, e.g. a saga step or a timeout) and when. */
  @IsOptional() @IsUUID() actor_id?: string | null;
  @IsOptional() @IsISO8601() changed_at?: string;
  @IsOptional() @IsIn(DELIVERY_TYPES) delivery_type?: DeliveryType;
  @IsOptional() @IsUUID() driver_id?: string | null;
}

/** Besides order.status-changed, so consumers that care only about cancellations bind to just this. */
export class OrderCancelled {
  @IsUUID() order_id: string;
  @IsString() order_number: string;
  @IsUUID() restaurant_id: string;
  @IsUUID() restaurant_owner_id: string;
  @IsOptional() @IsUUID() customer_id?: string | null;
  @IsIn(ORDER_STATUSES) from: OrderStatus;
  @IsOptional() @IsString() reason?: string | null;
}

/** A guest registered with their guest session's token: their orders become the new user's. */
export class GuestConverted {
  @IsUUID() guest_id: string;
  @IsUUID() user_id: string;
}

export class TicketStatusChanged {
  @IsUUID() ticket_id: string;
  @IsUUID() order_id: string;
  @IsUUID() restaurant_id: string;
  @IsIn(['open', 'in_progress', 'done', 'void']) status: 'open' | 'in_progress' | 'done' | 'void';
}

/** A sign-in code for notifications to text (a texted one-time code); identity keeps only a keyed hash. */
export class PhoneOtpRequested {
  @IsUUID() user_id: string;
  @IsString() phone: string;
  @IsString() @Length(6, 6) code: string;
  @IsISO8601() expires_at: string;
}

/** The kitchen ran out of an item (86) or has it again; catalog applies it and tells everyone. */
export class Item86ed {
  @IsUUID() item_id: string;
  @IsUUID() restaurant_id: string;
  @IsBoolean() available: boolean;
  @IsUUID() by: string;
}

/** Someone joined, changed role in, or (membership_role null) left a restaurant's team. */
export class RestaurantMembershipChanged {
  @IsUUID() restaurant_id: string;
  @IsUUID() user_id: string;
  @IsOptional() @IsIn(['owner', 'manager', 'staff']) membership_role: 'owner' | 'manager' | 'staff' | null;
  @IsUUID() changed_by: string;
  /** True when the member's account was made for this invitation (it has no password yet). */
  @IsBoolean() new_account: boolean;
}

/**
 * A delivery zone was created, edited or deleted (the whole zone, so a replica needs no other event).
 * Radius zones carry center and radius, polygon zones a [[lng, lat], ...] ring; money in minor units.
 */
export class DeliveryZoneChanged {
  @IsUUID() zone_id: string;
  @IsUUID() restaurant_id: string;
  @IsString() name: string;
  @IsIn(['radius', 'polygon']) kind: 'radius' | 'polygon';
  @IsOptional() @IsNumber() center_lat: number | null;
  @IsOptional() @IsNumber() center_lng: number | null;
  @IsOptional() @IsNumber() radius_km: number | null;
  @IsOptional() @IsArray() polygon: Array<[number, number]> | null;
  @IsInt() @Min(0) delivery_fee: number;
  @IsInt() @Min(0) minimum_order: number;
  @IsInt() @Min(1) estimated_minutes: number;
  @IsBoolean() is_active: boolean;
  @IsBoolean() deleted: boolean;
}

// ---- The order saga (docs/ordering-payments.md): payments, kitchen and dispatch answer ordering with these. ----

/** An order's money arrived (provider confirmed, wallet debited); ordering confirms the order. */
export class PaymentSucceeded {
  @IsUUID() payment_id: string;
  @IsUUID() order_id: string;
  @IsIn(PAYMENT_METHODS) method: PaymentMethod;
  /** Who took the money: may differ from method when mobile money fell back to the backup provider. */
  @IsString() provider: string;
  @IsInt() @Min(0) amount: number;
  @IsString() @Length(3, 3) currency: string;
  @IsOptional() @IsString() provider_reference?: string | null;
  @IsISO8601() paid_at: string;
}

/** A payment attempt failed. `final`: nothing can follow (a wallet without funds), so the order should be cancelled now. */
export class PaymentFailed {
  @IsUUID() payment_id: string;
  @IsUUID() order_id: string;
  @IsIn(PAYMENT_METHODS) method: PaymentMethod;
  @IsString() provider: string;
  @IsString() reason: string;
  @IsBoolean() final: boolean;
}

export const REFUND_DESTINATIONS = ['wallet', 'provider', 'none'] as const;
export type RefundDestination = (typeof REFUND_DESTINATIONS)[number];

/** Money went back to the payer; total_refunded counts every refund of the payment so far. */
export class RefundCompleted {
  @IsUUID() refund_id: string;
  @IsUUID() order_id: string;
  @IsUUID() payment_id: string;
  @IsInt() @Min(0) amount: number;
  @IsString() @Length(3, 3) currency: string;
  @IsIn(REFUND_DESTINATIONS) destination: RefundDestination;
  @IsInt() @Min(0) total_refunded: number;
  @IsBoolean() fully_refunded: boolean;
  @IsOptional() @IsString() reason?: string | null;
}

export class RefundFailed {
  @IsUUID() refund_id: string;
  @IsUUID() order_id: string;
  @IsUUID() payment_id: string;
  @IsInt() @Min(0) amount: number;
  @IsString() reason: string;
}

/** An admin asked for money back on an order (POST /admin/orders/:id/refund); payments does it. */
export class OrderRefundRequested {
  @IsUUID() refund_request_id: string;
  @IsUUID() order_id: string;
  /** Minor units; absent = everything not yet refunded. */
  @IsOptional() @IsInt() @Min(1) amount?: number | null;
  @IsString() reason: string;
  @IsOptional() @IsUUID() requested_by?: string | null;
  /** Credit the customer's wallet instead of going back through the provider. */
  @IsOptional() @IsBoolean() to_wallet?: boolean;
}

/** The saga found an online payment with no answer: payments asks its provider again. */
export class OrderPaymentCheckRequested {
  @IsUUID() order_id: string;
}

/** An order reached `completed`: everything payments needs to settle it (commission, driver, cash). */
export class OrderCompleted {
  @IsUUID() order_id: string;
  @IsString() order_number: string;
  @IsUUID() restaurant_id: string;
  @IsUUID() restaurant_owner_id: string;
  @IsOptional() @IsUUID() customer_id?: string | null;
  @IsOptional() @IsUUID() driver_id?: string | null;
  @IsIn(DELIVERY_TYPES) delivery_type: DeliveryType;
  @IsIn(PAYMENT_METHODS) payment_method: PaymentMethod;
  @IsInt() @Min(0) subtotal: number;
  @IsInt() @Min(0) discount_amount: number;
  @IsInt() @Min(0) tax_amount: number;
  @IsInt() @Min(0) delivery_fee: number;
  @IsInt() @Min(0) service_fee: number;
  @IsInt() @Min(0) total_amount: number;
  @IsString() @Length(3, 3) currency: string;
  @IsInt() @Min(0) @Max(10000) commission_rate_bps: number;
  @IsISO8601() completed_at: string;
}

export const DELIVERY_STATUSES = ['assigned', 'picked_up', 'in_transit', 'delivered', 'unassigned'] as const;
export type DeliveryStatusChange = (typeof DELIVERY_STATUSES)[number];

/** Dispatch moved a delivery; ordering moves the order's driver states from it. */
export class DeliveryStatusChanged {
  @IsUUID() delivery_id: string;
  @IsUUID() order_id: string;
  @IsUUID() restaurant_id: string;
  @IsOptional() @IsUUID() driver_id?: string | null;
  @IsOptional() @IsString() driver_name?: string | null;
  @IsIn(DELIVERY_STATUSES) status: DeliveryStatusChange;
  @IsOptional() @IsISO8601() estimated_delivery_time?: string | null;
  @IsISO8601() changed_at: string;
}

/**
 * A driver's position while working on a delivery (assigned, picked up, in transit): dispatch publishes
 * at most one per driver per second; the gateway relays it to that order's customer only.
 */
export class DriverLocationUpdated {
  @IsUUID() driver_id: string;
  @IsUUID() delivery_id: string;
  @IsUUID() order_id: string;
  @IsOptional() @IsUUID() customer_id?: string | null;
  @IsNumber() @Min(-90) @Max(90) lat: number;
  @IsNumber() @Min(-180) @Max(180) lng: number;
  @IsOptional() @IsNumber() heading?: number | null;
  @IsOptional() @IsNumber() speed?: number | null;
  @IsISO8601() recorded_at: string;
}

/** A restaurant changed one of its settings (tax_rate, ...); null value = back to the default. */
export class RestaurantConfigChanged {
  @IsUUID() restaurant_id: string;
  @IsString() key: string;
  @IsOptional() @IsString() value: string | null;
}

/** A customer or guest reviewed a delivered order. */
export class ReviewSubmitted {
  @IsUUID() review_id: string;
  @IsUUID() order_id: string;
  @IsUUID() restaurant_id: string;
  @IsOptional() @IsUUID() customer_id?: string | null;
  @IsOptional() @IsUUID() driver_id?: string | null;
  @IsInt() @Min(1) @Max(5) rating: number;
  @IsOptional() @IsInt() @Min(1) @Max(5) driver_rating?: number | null;
  @IsOptional() @IsString() comment?: string | null;
}

// ---- Dispatch and live tracking (docs/dispatch.md). ----

/**
 * A driver's position as reported over the socket or REST. Telemetry: the gateway publishes it
 * straight to the broker (no outbox, not persistent) because only the latest position matters.
 */
export class DriverLocationReported {
  @IsUUID() driver_id: string;
  @IsNumber() @Min(-90) @Max(90) lat: number;
  @IsNumber() @Min(-180) @Max(180) lng: number;
  /** Degrees from north. */
  @IsOptional() @IsNumber() @Min(0) @Max(360) heading?: number | null;
  /** km/h. */
  @IsOptional() @IsNumber() @Min(0) @Max(300) speed?: number | null;
  /** Metres. */
  @IsOptional() @IsNumber() @Min(0) accuracy?: number | null;
  @IsISO8601() reported_at: string;
}

/** Dispatch offered a delivery to one driver, until expires_at; the driver accepts or it moves on. */
export class DeliveryOffered {
  @IsUUID() offer_id: string;
  @IsUUID() delivery_id: string;
  @IsUUID() order_id: string;
  @IsUUID() restaurant_id: string;
  @IsUUID() driver_id: string;
  @IsISO8601() expires_at: string;
  @IsOptional() @IsNumber() distance_km?: number | null;
  @IsOptional() @IsInt() @Min(0) pickup_eta_minutes?: number | null;
  @IsOptional() @IsString() pickup_address?: string | null;
  @IsOptional() @IsString() dropoff_address?: string | null;
  @IsOptional() @IsInt() @Min(0) delivery_fee?: number | null;
  @IsOptional() @IsString() @Length(3, 3) currency?: string | null;
}

export const OFFER_OUTCOMES = ['accepted', 'declined', 'expired', 'withdrawn'] as const;
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];

/** An offer ended: taken, turned down, timed out, or withdrawn (the order went to someone else or was cancelled). */
export class DeliveryOfferClosed {
  @IsUUID() offer_id: string;
  @IsUUID() delivery_id: string;
  @IsUUID() order_id: string;
  @IsUUID() driver_id: string;
  @IsIn(OFFER_OUTCOMES) outcome: OfferOutcome;
}

/** A delivery's route or ETA changed (a route update): to the driver, and the ETA to the customer. */
export class DeliveryRouteUpdated {
  @IsUUID() delivery_id: string;
  @IsUUID() order_id: string;
  @IsUUID() restaurant_id: string;
  @IsUUID() driver_id: string;
  @IsOptional() @IsUUID() customer_id?: string | null;
  @IsIn(['to_pickup', 'to_dropoff']) leg: 'to_pickup' | 'to_dropoff';
  @IsNumber() @Min(0) distance_km: number;
  @IsISO8601() eta: string;
  /** [lat, lng] points from the routing provider (just the two ends for the straight-line one). */
  @IsOptional() @IsArray() waypoints?: Array<[number, number]>;
  /** When the customer should have the order (after pickup, the same as eta); absent when unknown. */
  @IsOptional() @IsISO8601() estimated_delivery_time?: string | null;
}

export const DRIVER_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type DriverStatus = (typeof DRIVER_STATUSES)[number];

/** A driver's onboarding status or availability changed. */
export class DriverStatusChanged {
  @IsUUID() driver_id: string;
  @IsIn(DRIVER_STATUSES) status: DriverStatus;
  @IsBoolean() online: boolean;
  @IsOptional() @IsString() reason?: string | null;
}

/**
 * Routing key → payload class and version (and `carriesSecret` for payloads no table may keep). The routing key is the event's type.
 * A consumer validates against the same class the producer typed against.
 */
export const EVENT_CATALOG = {
  'user.registered': { version: 1, payload: UserRegistered },
  'user.status-changed': { version: 1, payload: UserStatusChanged },
  'user.profile-updated': { version: 1, payload: UserProfileUpdated },
  'user.deleted': { version: 1, payload: UserDeleted },
  'restaurant.membership-changed': { version: 1, payload: RestaurantMembershipChanged },
  'user.phone-otp-requested': { version: 1, payload: PhoneOtpRequested, carriesSecret: true },
  'user.security-alert': { version: 1, payload: UserSecurityAlert },
  'user.password-reset-requested': { version: 1, payload: UserPasswordResetRequested, carriesSecret: true },
  'user.email-verification-requested': { version: 1, payload: UserEmailVerificationRequested, carriesSecret: true },
  'user.account-unlock-requested': { version: 1, payload: UserAccountUnlockRequested, carriesSecret: true },
  'user.password-changed': { version: 1, payload: UserPasswordChanged },
  'restaurant.approved': { version: 1, payload: RestaurantApproved },
  'restaurant.status-changed': { version: 1, payload: RestaurantStatusChanged },
  'restaurant.updated': { version: 1, payload: RestaurantUpdated },
  'menu.item-changed': { version: 1, payload: MenuItemChanged },
  'menu.category-changed': { version: 1, payload: MenuCategoryChanged },
  'delivery-zone.changed': { version: 1, payload: DeliveryZoneChanged },
  'order.created': { version: 1, payload: OrderCreated },
  'order.status-changed': { version: 1, payload: OrderStatusChanged },
  'order.cancelled': { version: 1, payload: OrderCancelled },
  'ticket.status-changed': { version: 1, payload: TicketStatusChanged },
  'item.86ed': { version: 1, payload: Item86ed },
  'guest.converted': { version: 1, payload: GuestConverted },
  'payment.succeeded': { version: 1, payload: PaymentSucceeded },
  'payment.failed': { version: 1, payload: PaymentFailed },
  'refund.completed': { version: 1, payload: RefundCompleted },
  'refund.failed': { version: 1, payload: RefundFailed },
  'order.refund-requested': { version: 1, payload: OrderRefundRequested },
  'order.payment-check-requested': { version: 1, payload: OrderPaymentCheckRequested },
  'order.completed': { version: 1, payload: OrderCompleted },
  'delivery.status-changed': { version: 1, payload: DeliveryStatusChanged },
  'driver.location-updated': { version: 1, payload: DriverLocationUpdated },
  'restaurant.config-changed': { version: 1, payload: RestaurantConfigChanged },
  'review.submitted': { version: 1, payload: ReviewSubmitted },
  'driver.location-reported': { version: 1, payload: DriverLocationReported },
  'delivery.offered': { version: 1, payload: DeliveryOffered },
  'delivery.offer-closed': { version: 1, payload: DeliveryOfferClosed },
  'delivery.route-updated': { version: 1, payload: DeliveryRouteUpdated },
  'driver.status-changed': { version: 1, payload: DriverStatusChanged },
} as const;

export type EventType = keyof typeof EVENT_CATALOG;

/**
 * Events whose payload is a live secret (a one-time link's token, a texted code): the outbox
 * deletes their rows as soon as the broker has them, instead of keeping published rows for a day.
 */
export const SECRET_CARRYING_EVENTS: readonly EventType[] = (Object.keys(EVENT_CATALOG) as EventType[]).filter(
  (type) => 'carriesSecret' in EVENT_CATALOG[type],
);
export type EventPayload<K extends EventType> = InstanceType<(typeof EVENT_CATALOG)[K]['payload']>;

export function isKnownEvent(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOG, type);
}
