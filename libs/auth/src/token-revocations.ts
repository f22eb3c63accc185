import { PlatterError } from '@platter/contracts';

/**
 * The revocation list: when identity ends every session of a user (suspension, ban, erasure, password
 * reset, logout everywhere), it writes `<namespace>:revoked:<userId>` = that moment in epoch
 * milliseconds, kept for an access token's lifetime. Every access token of that user issued at or before
 * it is refused by the gateway from then on, instead of working until it expires.
 */
export function revokedKey(namespace: string, userId: string): string {
  return `${namespace}:revoked:${userId}`;
}

/**
 * The signed claim carrying when an access token was issued in epoch milliseconds. `iat` has whole
 * seconds only, which cannot tell a sign-in just after a revocation (a password reset, then a login)
 * from a token issued just before it in the same second.
 */
export const ISSUED_AT_MS_CLAIM = 'iat_ms';

/**
 * Whether a token issued at `issuedAtMs` (epoch ms; see `AccessTokenVerifier`) is revoked by an entry
 * written at `revokedAtMs`. A token without an issue time is refused once any entry exists.
 */
export function isRevoked(issuedAtMs: number | undefined, revokedAtMs: number | null): boolean {
  if (revokedAtMs === null) return false;
  return issuedAtMs === undefined || issuedAtMs <= revokedAtMs;
}

/** Reads the revocation list; throws when the list cannot be read (the caller decides what that means). */
export interface RevocationLookup {
  /** The user's revocation moment (epoch ms), or null when none is recorded. */
  revokedAt(userId: string): Promise<number | null>;
}

/** The revocation list could not be read while a request needed it: 503, try again. */
export class RevocationListUnavailableError extends PlatterError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'Cannot check whether this session is still valid right now; try again shortly');
  }
}

/** Below this an entry is epoch seconds (written before entries had ms); above it, epoch ms. */
const FIRST_MILLISECOND_ENTRY = 100_000_000_000;

/**
 * Parses a stored entry into epoch ms. An entry in whole seconds counts to the end of its second, so it
 * refuses everything issued in that second as it always did. Anything unreadable counts as "revoked
 * now" rather than "not revoked".
 */
export function parseRevokedAt(stored: string | null, nowMs: number): number | null {
  if (stored === null) return null;
  const value = Number(stored);
  if (!Number.isFinite(value)) return nowMs;
  return value < FIRST_MILLISECOND_ENTRY ? value * 1000 + 999 : value;
}
