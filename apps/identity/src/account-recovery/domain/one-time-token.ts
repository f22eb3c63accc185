import { createHash, randomBytes } from 'node:crypto';

/** What an emailed link proves: control of the account's email, for one of these purposes. */
export const ONE_TIME_TOKEN_PURPOSES = ['password_reset', 'email_verification', 'account_unlock'] as const;
export type OneTimeTokenPurpose = (typeof ONE_TIME_TOKEN_PURPOSES)[number];

const TOKEN_BYTES = 32;
/** base64url of 32 bytes, without padding. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface TokenLifetimes {
  passwordResetMinutes: number;
  emailVerificationHours: number;
  accountUnlockMinutes: number;
}

export interface IssuedOneTimeToken {
  /** Sent to the user once (in the email); never stored. */
  token: string;
  hash: string;
  expiresAt: Date;
}

/** A new token of `purpose` issued at `now`, with the lifetime its purpose gets. */
export function newOneTimeToken(purpose: OneTimeTokenPurpose, lifetimes: TokenLifetimes, now: Date): IssuedOneTimeToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashOneTimeToken(token), expiresAt: new Date(now.getTime() + lifetimeMs(purpose, lifetimes)) };
}

export function lifetimeMs(purpose: OneTimeTokenPurpose, lifetimes: TokenLifetimes): number {
  switch (purpose) {
    case 'password_reset':
      return lifetimes.passwordResetMinutes * 60_000;
    case 'email_verification':
      return lifetimes.emailVerificationHours * 3_600_000;
    case 'account_unlock':
      return lifetimes.accountUnlockMinutes * 60_000;
  }
}

/** SHA-256 is enough: 256 random bits leave nothing to brute-force, and lookups stay indexable. */
export function hashOneTimeToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `value` could be a token we issued; anything else is refused without a database lookup. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_SHAPE.test(value);
}
