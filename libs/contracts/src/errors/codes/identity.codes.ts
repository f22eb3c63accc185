/**
 * Error codes that identity answers, with the HTTP status each maps to. One code per rule a client can
 * act on; each with a line saying when it is answered.
 */
export const IDENTITY_ERROR_STATUS = {
  /** An admin tried to change the status of their own account (they could lock out the last admin). */
  CANNOT_CHANGE_OWN_STATUS: 422,
  /** An admin tried to erase their own account (the last admin would be gone). */
  CANNOT_DELETE_OWN_ACCOUNT: 422,
  /** A new email-verification link was asked for an account whose email is already verified. */
  EMAIL_ALREADY_VERIFIED: 422,
  /** A phone-verification code was asked for while the account has no phone number: add one first (PUT /users/me). */
  PHONE_NUMBER_MISSING: 422,
  /** A phone-verification code was asked for a phone number that is already verified. */
  PHONE_ALREADY_VERIFIED: 422,
  /** The phone-verification code sent back is wrong, expired or already used: ask for a new one. */
  INVALID_PHONE_CODE: 422,
  /** OIDC sign-in: the provider shared no email address, which a new account needs. */
  OAUTH_EMAIL_MISSING: 422,
} as const;
