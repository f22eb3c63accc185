import { UserStatus } from '@platter/contracts';

export type ErasureDecision =
  | { action: 'refuse'; reason: 'own-account' }
  /** Already erased: nothing left to anonymise, revoke or announce (a retried DELETE answers the same). */
  | { action: 'keep' }
  | { action: 'erase' };

/** An admin erases any account but their own (a sole admin would lock everyone out). */
export function decideErasure(adminId: string, target: { id: string; status: UserStatus }): ErasureDecision {
  if (adminId === target.id) return { action: 'refuse', reason: 'own-account' };
  if (target.status === 'deleted') return { action: 'keep' };
  return { action: 'erase' };
}

/**
 * What remains of an erased account (GDPR): no personal data, no way in. The row stays so that
 * orders, audit entries and memberships elsewhere still point at an id; the email keeps its
 * uniqueness with a reserved domain (.invalid never resolves) and frees the real address.
 */
export function anonymisedAccount(id: string) {
  return {
    email: `deleted-${id}@deleted.invalid`,
    name: 'Deleted user',
    phone: null,
    phone_verified_at: null,
    birthday: null,
    password_hash: null,
    email_verified: false,
    preferences: {},
    status: 'deleted' as const,
    failed_login_count: 0,
    locked_until: null,
  };
}
