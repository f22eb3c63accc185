import { UserStatus } from '@platter/contracts';
import { VerifiedIdentity } from './oidc-provider-client';

export interface LinkableAccount {
  id: string;
  status: UserStatus;
  email_verified: boolean;
}

export type AccountLinkDecision<A extends LinkableAccount> =
  /** The provider account was linked before: that user, whatever the email says now. */
  | { action: 'sign-in'; account: A }
  /**
   * An account with the same email, which the provider verified: linked to it from now on. When the
   * account had never verified that email, whoever opened it may not own it: the provider's user
   * claims it, and what its opener could still hold is wiped.
   */
  | { action: 'link'; account: A; claimsUnverifiedAccount: boolean }
  /** Nobody has this email, which the provider verified: a new customer without a password. */
  | { action: 'create' }
  | { action: 'refuse'; reason: 'account-disabled'; account: A }
  /** The provider does not vouch for the email: no account is opened or taken with it. */
  | { action: 'refuse'; reason: 'email-unverified' }
  /** A first sign-in without an email: an account cannot be made (Apple sends it only then). */
  | { action: 'refuse'; reason: 'email-missing' };

/**
 * Which account a verified provider identity signs in to. Linking by email, and opening an account,
 * need the provider's email_verified: else anyone who can open an unverified account at a provider
 * with a victim's address would get (or squat) the victim's account. Suspended and banned accounts
 * are refused as at login.
 */
export function decideAccountLink<A extends LinkableAccount>(
  identity: Pick<VerifiedIdentity, 'email' | 'emailVerified'>,
  linkedAccount: A | null,
  accountWithEmail: A | null,
): AccountLinkDecision<A> {
  if (linkedAccount) {
    return linkedAccount.status === 'active' ? { action: 'sign-in', account: linkedAccount } : refuseDisabled(linkedAccount);
  }
  if (!identity.email) return { action: 'refuse', reason: 'email-missing' };
  if (!identity.emailVerified) return { action: 'refuse', reason: 'email-unverified' };
  if (!accountWithEmail) return { action: 'create' };
  if (accountWithEmail.status !== 'active') return refuseDisabled(accountWithEmail);
  return { action: 'link', account: accountWithEmail, claimsUnverifiedAccount: !accountWithEmail.email_verified };
}

function refuseDisabled<A extends LinkableAccount>(account: A): AccountLinkDecision<A> {
  return { action: 'refuse', reason: 'account-disabled', account };
}

/**
 * The name of a new account: Apple's first-sign-in `user` JSON ({"name":{"firstName","lastName"}}),
 * else the ID token's name, else the email's local part (users.name is required).
 */
export function displayNameFor(identity: Pick<VerifiedIdentity, 'name' | 'email'>, appleUserJson: string | undefined): string {
  const fromApple = appleName(appleUserJson);
  if (fromApple) return fromApple;
  if (identity.name?.trim()) return identity.name.trim().slice(0, 100);
  return (identity.email ?? 'user').split('@')[0].slice(0, 100);
}

function appleName(json: string | undefined): string | null {
  if (!json) return null;
  try {
    const parsed = JSON.parse(json) as { name?: { firstName?: unknown; lastName?: unknown } };
    const parts = [parsed?.name?.firstName, parsed?.name?.lastName].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    return parts.length ? parts.map((p) => p.trim()).join(' ').slice(0, 100) : null;
  } catch {
    // A malformed field is ignored, not fatal: the name is a nicety, the ID token is what counts.
    return null;
  }
}
