import { PlatterError } from '@platter/contracts';

/** Errors of the identity service; codes come from ERROR_STATUS. */
export class IdentityException extends PlatterError {
  /** One message for unknown email and wrong password alike, so neither is revealed. */
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
    return new IdentityException('BUSINESS_RULE_VIOLATION', 'An admin cannot change the status of their own account');
  }

  static totpRequired(): IdentityException {
    return new IdentityException('TOTP_REQUIRED', 'This account needs a two-factor code (totp_code)');
  }

  static invalidTotp(): IdentityException {
    return new IdentityException('INVALID_TOTP', 'The two-factor code is wrong, expired or already used');
  }
}
