import { UserStatus } from '@platter/contracts';

export type StatusChangeDecision =
  | { action: 'refuse'; reason: 'own-account' }
  /** Already in that status: nothing to write, publish or revoke. */
  | { action: 'keep' }
  | { action: 'change'; endSessions: boolean };

/**
 * An admin moves an account between active, suspended and banned. Never their own: an admin who
 * locks themself out needs another admin, and a sole admin would lock everyone out.
 * Leaving `active` ends every session, so refresh tokens stop working at once.
 */
export function decideStatusChange(adminId: string, target: { id: string; status: UserStatus }, next: UserStatus): StatusChangeDecision {
  if (adminId === target.id) return { action: 'refuse', reason: 'own-account' };
  if (target.status === next) return { action: 'keep' };
  return { action: 'change', endSessions: next !== 'active' };
}
