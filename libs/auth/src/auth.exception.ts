import { PlatterError } from '@platter/contracts';

/** Why a caller could not be authenticated or authorized (401/403 through the error filter). */
export class AuthException extends PlatterError {
  static required(): AuthException {
    return new AuthException('AUTH_REQUIRED', 'Authentication token required');
  }

  static invalidToken(message = 'Invalid or expired token'): AuthException {
    return new AuthException('INVALID_TOKEN', message);
  }

  static forbidden(message = 'You are not allowed to do this'): AuthException {
    return new AuthException('FORBIDDEN', message);
  }
}
