/**
 * Error codes that ordering answers, with the HTTP status each maps to. One code per rule a client can
 * act on; each with a line saying when it is answered.
 */
export const ORDERING_ERROR_STATUS = {
  /** Staff asked to mark a payment paid, refunded or unpaid that only a payment provider or an admin records. */
  PAYMENT_STATUS_NOT_SETTABLE: 422,
  /** A restaurant owner with several restaurants acted without choosing one (refresh the token with restaurant_id). */
  RESTAURANT_CHOICE_REQUIRED: 422,
  /** An admin refund of a cash order not credited to the customer's wallet (set to_wallet). */
  CASH_REFUND_TO_WALLET_ONLY: 422,
  /** A payment method this kind of buyer cannot use (guests and staff orders: cash, campay or noupay). */
  PAYMENT_METHOD_NOT_ALLOWED: 422,
  /** Loyalty points (or free delivery) asked for by a buyer without an account, or not the points' owner. */
  LOYALTY_REQUIRES_ACCOUNT: 422,
  /** An order whose total exceeds what one order may amount to. */
  ORDER_TOO_LARGE: 422,
  /** Loyalty points spent on an order in a currency other than XAF. */
  LOYALTY_CURRENCY_NOT_SUPPORTED: 422,
  /** Loyalty points spent in other than whole hundreds. */
  LOYALTY_POINTS_NOT_IN_HUNDREDS: 422,
  /** More loyalty points than this order's subtotal (after any coupon) allows. */
  LOYALTY_POINTS_ABOVE_LIMIT: 422,
  /** Free delivery redeemed on an order that is not a delivery, or whose delivery is already free. */
  FREE_DELIVERY_NOT_APPLICABLE: 422,
  /** An order line whose item needs a variant it lacks, or with too few or too many options of a group. */
  ITEM_CHOICES_INVALID: 422,
  /** A review or guest feedback on an order that has not been delivered or completed yet. */
  ORDER_NOT_REVIEWABLE: 422,
  /** A second review or guest feedback on an order: each order is reviewed once. */
  ORDER_ALREADY_REVIEWED: 422,
  /** A driver rating on an order that had no driver (a pickup, or one delivered without a driver). */
  NO_DRIVER_TO_RATE: 422,
} as const;
