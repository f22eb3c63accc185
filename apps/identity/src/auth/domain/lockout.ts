/** How many wrong passwords in a row lock an account, and for how long. */
export interface LockoutPolicy {
  threshold: number;
  lockMinutes: number;
}

export interface LockState {
  failed_login_count: number;
  locked_until: Date | null;
}

export type LoginDecision =
  /** Answered exactly like a wrong password; `countFailure` says whether it counts towards a lock. */
  | { action: 'refuse'; countFailure: boolean }
  /** The password is right: the status, second factor and then a reset of the count follow. */
  | { action: 'proceed' };

export function isLockedOut(account: LockState, now: Date): boolean {
  return account.locked_until !== null && account.locked_until.getTime() > now.getTime();
}

/**
 * A known account after its password was checked. While locked, even the right password is refused
 * and nothing is counted (the lock is not extended by an attacker who keeps trying).
 */
export function decideLogin(account: LockState, passwordOk: boolean, now: Date): LoginDecision {
  if (isLockedOut(account, now)) return { action: 'refuse', countFailure: false };
  if (!passwordOk) return { action: 'refuse', countFailure: true };
  return { action: 'proceed' };
}

/**
 * What one more failure does to an unlocked account: the failure that reaches the threshold locks it
 * and starts the count again. LoginAttempts applies the same rule in a single UPDATE.
 */
export function afterFailure(account: LockState, policy: LockoutPolicy, now: Date): LockState & { lockedNow: boolean } {
  const count = account.failed_login_count + 1;
  if (count < policy.threshold) return { failed_login_count: count, locked_until: null, lockedNow: false };
  return { failed_login_count: 0, locked_until: new Date(now.getTime() + policy.lockMinutes * 60_000), lockedNow: true };
}
