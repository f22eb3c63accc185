/**
 * Error codes that dispatch answers, with the HTTP status each maps to. One code per rule a client can
 * act on; each with a line saying when it is answered.
 */
export const DISPATCH_ERROR_STATUS = {
  /** An admin approves a driver whose profile lacks what approval needs (a vehicle, and its plate unless a bicycle). */
  DRIVER_PROFILE_INCOMPLETE: 422,
  /** Drivers near a restaurant asked for while dispatch does not know the restaurant's position (set its latitude and longitude). */
  RESTAURANT_LOCATION_UNKNOWN: 422,
} as const;
