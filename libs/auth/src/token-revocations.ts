import { PlatterError } from '@platter/contracts';

/**
 * The revocation list: when identity ends every session of a user (suspension, ban, erasure, password
 * reset, logout everywhere), it writes `<namespace>:revoked:<userId>` = that moment in epoch seconds,
 * kept for an access token's lifetime. Every access token of that user issued at or before it is refused
 * by the gateway from then on, instead of working until it expires.
 */
export function revokedKey(namespace: string, userId: string): string {
  return `${namespace}:revoked:${userId}`;
}

/**
 * Whether a token issued at `issuedAt` (the `iat` claim, epoch seconds) is revoked by an entry written at
 * `revokedAt`. `iat` has whole seconds: a token issued in the very second of the revocation is refused
 * too (its client refreshes and gets a later one). A token without `iat` is refused once any entry exists.
 */
export function isRevoked(issuedAt: number | undefined, revokedAt: number | null): boolean {
  if (revokedAt === null) return false;
  return issuedAt === undefined || issuedAt <= revokedAt;
}

/** Reads the revocation list; throws when the list cannot be read (the caller decides what that means). */
export interface RevocationLookup {
  /** The user's revocation moment (epoch seconds), or null when none is recorded. */
  revokedAt(userId: string): Promise<number | null>;
}

/** The revocation list could not be read while a request needed it: 503, try again. */
export class RevocationListUnavailableError extends PlatterError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'Cannot check whether this session is still valid right now; try again shortly');
  }
}

/** Parses a stored entry; anything unreadable counts as "revoked now" rather than "not revoked". */
export function parseRevokedAt(stored: string | null, nowSeconds: number): number | null {
  if (stored === null) return null;
  const value = Number(stored);
  return Number.isFinite(value) ? value : nowSeconds;
}
