import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters, guessing one is out of reach. */
export function newGuestToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the table keeps of a token: a stolen table lets no one act as a guest. */
export function hashGuestToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The shape newGuestToken produces; anything else is not worth a database look-up. */
export function isGuestTokenShaped(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** When a session started at `now` stops working. */
export function guestSessionExpiry(now: Date, ttlHours: number): Date {
  return new Date(now.getTime() + ttlHours * 3_600_000);
}
