import { PlatterError } from '@platter/contracts';

/** Why a caller could not be authenticated or authorized (401/403 through the error filter). */
export class AuthException extends PlatterError {
  static required(): AuthException {
    return new AuthException('AUTH_REQUIRED', 'Authentication token required');
  }

  static invalidToken(message = 'Invalid or expired token'): AuthException {
    return new AuthException('INVALID_TOKEN', message);
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
