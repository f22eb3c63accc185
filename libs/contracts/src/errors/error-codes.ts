import { IDENTITY_ERROR_STATUS } from './codes/identity.codes';
import { CATALOG_ERROR_STATUS } from './codes/catalog.codes';
import { ORDERING_ERROR_STATUS } from './codes/ordering.codes';
import { KITCHEN_ERROR_STATUS } from './codes/kitchen.codes';
import { DISPATCH_ERROR_STATUS } from './codes/dispatch.codes';
import { PAYMENTS_ERROR_STATUS } from './codes/payments.codes';
import { NOTIFICATIONS_ERROR_STATUS } from './codes/notifications.codes';
import { MARKETING_ERROR_STATUS } from './codes/marketing.codes';

/** Error codes of the public envelope (docs/architecture.md) and the HTTP status each one maps to: the fleet-wide ones here, each service's in codes/. */
export const ERROR_STATUS = {
  ...IDENTITY_ERROR_STATUS,
  ...CATALOG_ERROR_STATUS,
  ...ORDERING_ERROR_STATUS,
  ...KITCHEN_ERROR_STATUS,
  ...DISPATCH_ERROR_STATUS,
  ...PAYMENTS_ERROR_STATUS,
  ...NOTIFICATIONS_ERROR_STATUS,
  ...MARKETING_ERROR_STATUS,
  VALIDATION_ERROR: 400,
  AUTH_REQUIRED: 401,
  INVALID_TOKEN: 401,
  /** The access token was valid but its sessions were ended (suspension, ban, erasure, new password): sign in again, refreshing will not help. */
  TOKEN_REVOKED: 401,
  INVALID_CREDENTIALS: 401,
  TOTP_REQUIRED: 401,
  /** A wrong, expired or already used TOTP or backup code. */
  INVALID_TOTP: 401,
  /** A password-reset or email-verification token that is unknown, expired, already used or superseded. */
  INVALID_ONE_TIME_TOKEN: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BUSINESS_RULE_VIOLATION: 422,
  INVALID_STATE_TRANSITION: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  /** A POST that places an order or moves money was sent without an Idempotency-Key header (or with a malformed one): send 1 to 255 printable ASCII characters, a fresh value per operation. */
  IDEMPOTENCY_KEY_REQUIRED: 400,
  INSUFFICIENT_BALANCE: 422,
  /** An admin asked for a refund of an order with nothing captured left to give back. */
  NOTHING_TO_REFUND: 422,
  /** A loyalty redemption larger than the customer's points. */
  INSUFFICIENT_POINTS: 422,
  /** A coupon code that is unknown, expired, used up, or not valid for this order. */
  COUPON_NOT_APPLICABLE: 422,
  /** A provider webhook whose signature (or HMAC) does not verify, or is outside its tolerance. */
  WEBHOOK_SIGNATURE_INVALID: 400,
  OUT_OF_DELIVERY_ZONE: 422,
  /** A driver confirmed a delivery with a code other than the one its customer holds. */
  INVALID_DELIVERY_CODE: 422,
  /** A driver who is offline (or suspended) asked for work: go online first. */
  DRIVER_OFFLINE: 422,
  /** A driver who is not approved (pending, rejected or suspended) asked to go online. */
  DRIVER_NOT_APPROVED: 422,
  /** A driver who already holds as many deliveries as allowed (or whose deliveries cannot be batched with this one). */
  DRIVER_AT_CAPACITY: 422,
  /** A delivery order whose subtotal is under the minimum order of the zone that serves its address. */
  BELOW_MINIMUM_ORDER: 422,
  ITEM_UNAVAILABLE: 422,
  RESTAURANT_NOT_AVAILABLE: 422,
  /** The restaurant's opening hours say it is closed now. */
  RESTAURANT_CLOSED: 422,
  /** OIDC sign-in: the state is unknown, expired, already used or of another provider. */
  OAUTH_STATE_INVALID: 400,
  /** OIDC sign-in: the provider refused the authorization (error=...) or the code (invalid_grant). */
  OAUTH_CODE_REJECTED: 400,
  /** OIDC sign-in: the ID token failed verification (signature, iss, aud, nonce, exp, claims). */
  OAUTH_ID_TOKEN_INVALID: 401,
  RATE_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  /** OIDC sign-in: the provider's discovery or token endpoint could not be used. */
  OAUTH_PROVIDER_ERROR: 502,
  /** A payment provider refused, failed or timed out (a system error, not the buyer's). */
  PAYMENT_GATEWAY_ERROR: 502,
  SERVICE_UNAVAILABLE: 503,
  /** The database gave up on the work because of concurrent changes to the same data (a deadlock, a lock wait past its limit): nothing was changed; send the same request again shortly. */
  SERVICE_BUSY: 503,
  /** OIDC sign-in with a provider this deployment has no client configuration for. */
  OAUTH_PROVIDER_NOT_CONFIGURED: 503,
  GATEWAY_TIMEOUT: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export function statusForCode(code: string): number {
  return (ERROR_STATUS as Record<string, number>)[code] ?? 500;
}

export interface ErrorDetail {
  field: string;
  message: string;
}
