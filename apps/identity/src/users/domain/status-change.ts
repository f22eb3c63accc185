import { UserStatus } from '@platter/contracts';

export type StatusChangeDecision =
  | { action: 'refuse'; reason: 'own-account' | 'account-deleted' }
  /** Already in that status and nothing to unlock: nothing to write, publish or revoke. */
  | { action: 'keep' }
  /** `statusChanged` false: an active account that is only unlocked (no event, no status audit). */
  | { action: 'change'; statusChanged: boolean; endSessions: boolean; unlock: boolean };

/**
 * An admin moves an account between active, suspended and banned. Never their own: an admin who
 * locks themself out needs another admin, and a sole admin would lock everyone out.
 * Leaving `active` ends every session, so refresh tokens stop working at once. Setting `active`
 * also lifts a login lockout (wrong passwords in a row): that is how an admin unlocks an account.
 */
export function decideStatusChange(
  adminId: string,
  target: { id: string; status: UserStatus; locked: boolean },
  next: UserStatus,
): StatusChangeDecision {
  if (adminId === target.id) return { action: 'refuse', reason: 'own-account' };
  // Erasure is final: an anonymised account has no owner left to give it back to.
  if (target.status === 'deleted') return { action: 'refuse', reason: 'account-deleted' };
  const unlock = next === 'active' && target.locked;
  if (target.status === next && !unlock) return { action: 'keep' };
  return { action: 'change', statusChanged: target.status !== next, endSessions: next !== 'active', unlock };
}
