/** What we know about a presented refresh token and its family. */
export interface PresentedRefreshToken {
  expires_at: Date;
  used_at: Date | null;
  family_revoked_at: Date | null;
}

export type RefreshDecision =
  | { action: 'rotate' }
  | { action: 'reject'; reason: 'unknown' | 'expired' | 'revoked' }
  /** The token was already exchanged: someone holds a copy, so the whole family must end. */
  | { action: 'revoke-family'; reason: 'reuse' };

/**
 * Refresh-token rotation with reuse detection: each token is exchanged once for a new one of the
 * same family; presenting a used token again revokes the family (the thief's and the owner's copies).
 */
export function decideRefresh(token: PresentedRefreshToken | null, now: Date): RefreshDecision {
  if (!token) return { action: 'reject', reason: 'unknown' };
  if (token.family_revoked_at) return { action: 'reject', reason: 'revoked' };
  if (token.used_at) return { action: 'revoke-family', reason: 'reuse' };
  if (token.expires_at.getTime() <= now.getTime()) return { action: 'reject', reason: 'expired' };
  return { action: 'rotate' };
}
