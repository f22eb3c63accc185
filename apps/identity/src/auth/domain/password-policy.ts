import { ErrorDetail } from '@platter/contracts';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
/** Bounds the work an attacker can make us hash per request. */
export const PASSWORD_MAX_LENGTH = 128;
/** Shorter passwords must mix character classes; a long passphrase of lower-case words is fine. */
export const PASSPHRASE_LENGTH = 16;

/** What a new password is checked against besides itself. */
export interface PasswordContext {
  email?: string;
}

/**
 * Problems with a new password (empty when it is acceptable). Only exact matches count as common:
 * a common word inside a longer password ('platter-demo') is allowed.
 */
export function checkPassword(password: unknown, context: PasswordContext = {}, field = 'password'): ErrorDetail[] {
  const bounds = checkPasswordBounds(password, field);
  if (bounds.length || typeof password !== 'string') return bounds;
  const problem = (message: string) => [{ field, message }];
  if (password.length < PASSPHRASE_LENGTH && characterClasses(password) < 2) {
    return problem(`password must mix letters, digits or symbols, or be at least ${PASSPHRASE_LENGTH} characters`);
  }
  if (isGuessable(password, context)) return problem('password is too common or too easy to guess');
  return [];
}

/** Only the type, length and blankness: what the configured admin password must meet (its own minimum). */
export function checkPasswordBounds(password: unknown, field = 'password', minLength = PASSWORD_MIN_LENGTH): ErrorDetail[] {
  const problem = (message: string) => [{ field, message }];
  if (typeof password !== 'string') return problem('password must be a string');
  if (password.length < minLength) return problem(`password must be at least ${minLength} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) return problem(`password must be at most ${PASSWORD_MAX_LENGTH} characters`);
  if (password.trim().length === 0) return problem('password must not be blank');
  return [];
}

/** Lower-case, upper-case, digits, anything else. */
function characterClasses(password: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u].filter((re) => re.test(password)).length;
}

function isGuessable(password: string, { email }: PasswordContext): boolean {
  const lower = password.toLowerCase();
  // 'Password123!' is 'password' with a suffix everyone tries.
  const stem = lower.replace(/[\d\W_]+$/u, '');
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && (lower === localPart || stem === localPart)) return true;
  if (COMMON_PASSWORDS.has(lower) || (stem && COMMON_PASSWORDS.has(stem))) return true;
  return isRepeatOrRun(lower);
}

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'azertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A short unit repeated ('aaaaaaaaaa', 'abcabcabcabc') or a run along a sequence ('1234567890123', 'zyxwvutsrq'). */
function isRepeatOrRun(password: string): boolean {
  for (let unit = 1; unit <= 3; unit++) {
    if (password.length > unit && password === password.slice(0, unit).repeat(Math.ceil(password.length / unit)).slice(0, password.length)) return true;
  }
  return SEQUENCES.some((sequence) => {
    const cycle = sequence.repeat(Math.ceil(password.length / sequence.length) + 1);
    const reversed = [...cycle].reverse().join('');
    return cycle.includes(password) || reversed.includes(password);
  });
}
