import { ErrorDetail } from '@platter/contracts';

export const PASSWORD_MIN_LENGTH = 8;
/** Bounds the work an attacker can make us hash per request. */
export const PASSWORD_MAX_LENGTH = 128;

/** Problems with a new password (empty when it is acceptable). */
export function checkPassword(password: unknown, field = 'password'): ErrorDetail[] {
  if (typeof password !== 'string') return [{ field, message: 'password must be a string' }];
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [{ field, message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` }];
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return [{ field, message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` }];
  }
  if (password.trim().length === 0) return [{ field, message: 'password must not be blank' }];
  return [];
}
