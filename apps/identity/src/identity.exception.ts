import { PlatterError } from '@platter/contracts';

/** Errors of the identity service; codes come from ERROR_STATUS. */
export class IdentityException extends PlatterError {
  /** One message for unknown email and wrong password alike, so neither is revealed. */
  /** One answer for an unknown number and a wrong, spent or expired code. */
  static invalidPhoneOtp(): IdentityException {
    return new IdentityException('INVALID_CREDENTIALS', 'The phone number or code is wrong or expired');
  }

  static invalidPhoneCode(): IdentityException {
    return new IdentityException('INVALID_PHONE_CODE', 'The code is wrong, expired or already used: ask for a new one');
  }

  static noPhone(): IdentityException {
    return new IdentityException('PHONE_NUMBER_MISSING', 'Add a phone number to your profile first (PUT /users/me)');
  }

  static phoneAlreadyVerified(): IdentityException {
    return new IdentityException('PHONE_ALREADY_VERIFIED', 'This phone number is already verified');
  }

  static invalidCredentials(): IdentityException {
    return new IdentityException('INVALID_CREDENTIALS', 'Invalid email or password');
  }

  static invalidToken(message = 'The token is invalid or expired'): IdentityException {
    return new IdentityException('INVALID_TOKEN', message);
  }

  static authRequired(): IdentityException {
    return new IdentityException('AUTH_REQUIRED', 'Authentication is required');
  }

  static accountDisabled(status: string): IdentityException {
    return new IdentityException('FORBIDDEN', `This account is ${status}`);
  }

  /** An admin never changes their own account's status (they could lock out the last admin). */
  static ownStatus(): IdentityException {
    return new IdentityException('CANNOT_CHANGE_OWN_STATUS', 'An admin cannot change the status of their own account');
  }

  /** An admin never erases their own account (the last admin would be gone). */
  static ownDeletion(): IdentityException {
    return new IdentityException('CANNOT_DELETE_OWN_ACCOUNT', 'An admin cannot delete their own account');
  }

  /** An erased account is anonymised for good: its status cannot change any more. */
  static accountDeleted(): IdentityException {
    return new IdentityException('INVALID_STATE_TRANSITION', 'This account was deleted');
  }

  static totpRequired(): IdentityException {
    return new IdentityException('TOTP_REQUIRED', 'This account needs a two-factor code (totp_code)');
  }

  /** The account is locked after wrong passwords or codes: its holder (already logged in) may be told. */
  static lockedOut(): IdentityException {
    return new IdentityException('FORBIDDEN', 'Too many wrong passwords or codes: try again later');
  }

  /** Rotation would have no effect: every token is signed with the key from the environment. */
  static staticSigningKey(): IdentityException {
    return new IdentityException(
      'CONFLICT',
      'The signing key comes from JWT_PRIVATE_KEY_PEM and cannot be rotated here: unset it to use stored, rotating keys',
    );
  }

  static invalidTotp(): IdentityException {
    return new IdentityException('INVALID_TOTP', 'The two-factor code is wrong, expired or already used');
  }

  /** One answer for unknown, expired, used and superseded tokens: none of them is worth telling apart. */
  static invalidOneTimeToken(): IdentityException {
    return new IdentityException('INVALID_ONE_TIME_TOKEN', 'This link is invalid, expired or already used; ask for a new one');
  }

  static emailAlreadyVerified(): IdentityException {
    return new IdentityException('EMAIL_ALREADY_VERIFIED', 'This email address is already verified');
  }
}
