/** Error codes of the public envelope (CONTRACT.md) and the HTTP status each one maps to. */
export const ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  AUTH_REQUIRED: 401,
  INVALID_TOKEN: 401,
  INVALID_CREDENTIALS: 401,
  TOTP_REQUIRED: 401,
  /** A wrong, expired or already used TOTP or backup code. */
  INVALID_TOTP: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BUSINESS_RULE_VIOLATION: 422,
  INVALID_STATE_TRANSITION: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  INSUFFICIENT_BALANCE: 422,
  OUT_OF_DELIVERY_ZONE: 422,
  ITEM_UNAVAILABLE: 422,
  RESTAURANT_NOT_AVAILABLE: 422,
  RATE_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
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
