import { ErrorDetail, PlatterError } from '@platter/contracts';

/** Why a caller could not be authenticated or authorized (401/403 through the error filter). */
export class AuthException extends PlatterError {
  /**
   * A well-signed token that is merely past its expiry: the client refreshes it. Not a failed
   * authentication (the per-IP failure limit must not count it: docs/security.md).
   */
  readonly expired: boolean;

  constructor(code: string, message: string, details?: ErrorDetail[], opts: { expired?: boolean } = {}) {
    super(code, message, details);
    this.expired = opts.expired ?? false;
  }

  static required(): AuthException {
    return new AuthException('AUTH_REQUIRED', 'Authentication token required');
  }

  static invalidToken(message = 'Invalid or expired token'): AuthException {
    return new AuthException('INVALID_TOKEN', message);
  }

  /**
   * An expired access token keeps the contract's code (INVALID_TOKEN, on which clients refresh) and
   * says so in the `expired` detail, as a revoked one says `revoked`.
   */
  static expired(): AuthException {
    return new AuthException('INVALID_TOKEN', 'Access token has expired', [{ field: 'authorization', message: 'expired' }], { expired: true });
  }

  /**
   * A well-signed token whose user's sessions were all ended after it was issued (suspension, ban,
   * erasure, password reset). Its own code (and the `revoked` detail), so a client knows refreshing will
   * not help and sends the user to sign in.
   */
  static revoked(): AuthException {
    return new AuthException('TOKEN_REVOKED', 'This session has been ended; sign in again', [{ field: 'authorization', message: 'revoked' }]);
  }

  static forbidden(message = 'You are not allowed to do this'): AuthException {
    return new AuthException('FORBIDDEN', message);
  }
}
