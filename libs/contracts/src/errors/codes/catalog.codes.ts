/**
 * Error codes that catalog answers, with the HTTP status each maps to. One code per rule a client can
 * act on; each with a line saying when it is answered.
 */
export const CATALOG_ERROR_STATUS = {
  /** A restaurant's currency changed once it is approved or has priced items (prices are kept in that currency). */
  CURRENCY_LOCKED: 422,
  /** An admin confirmed a plan change for a restaurant that asked for none. */
  NO_PLAN_CHANGE_REQUESTED: 422,
  /** A radius delivery zone for a restaurant without a position (set its latitude and longitude first). */
  RESTAURANT_COORDINATES_REQUIRED: 422,
} as const;
