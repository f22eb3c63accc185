/** How many wrong passwords in a row lock an account, and for how long. */
export interface LockoutPolicy {
  threshold: number;
  lockMinutes: number;
}

/** A failure that just locked sign-in, as LoginAttempts sees it. */
export interface LockEngaged {
  /** The account-wide ceiling engaged (every address is locked out), not only the (account, address) pair. */
  accountWide: boolean;
  /** The owner already holds an unused, unexpired unlock link. */
  liveUnlockLink: boolean;
}

/**
 * Whether this lock emails the owner a new unlock link. A per-address lock only does when no link is
 * live: anyone knowing the email can lock one address after another, and must not be able to fill the
 * owner's mailbox. The account-wide lock always does (it needs many failures, and it locks the owner
 * out everywhere, so a fresh link replaces the old one).
 */
export function sendsUnlockLink(lock: LockEngaged): boolean {
  return lock.accountWide || !lock.liveUnlockLink;
}
