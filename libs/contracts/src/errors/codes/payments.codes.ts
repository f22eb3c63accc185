/**
 * Error codes that payments answers, with the HTTP status each maps to. One code per rule a client can
 * act on; each with a line saying when it is answered.
 */
export const PAYMENTS_ERROR_STATUS = {
  /** A checkout for a payment that has already been made (captured): nothing more to pay. */
  PAYMENT_ALREADY_MADE: 422,
  /** A checkout for an order that was cancelled (its payment is closed). */
  PAYMENT_ORDER_CANCELLED: 422,
  /** A checkout through a provider that is not the order's payment method (e.g. Stripe for a CamPay order). */
  PAYMENT_METHOD_MISMATCH: 422,
  /** A checkout for a payment collected by hand (cash at the door or the counter): there is no provider to pay. */
  PAYMENT_COLLECTED_BY_HAND: 422,
} as const;
