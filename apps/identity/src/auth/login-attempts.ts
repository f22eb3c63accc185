import { Injectable } from '@nestjs/common';
import { EventPublisher } from '@platter/messaging';
import { OneTimeTokens } from '../account-recovery/one-time-tokens';
import { AuditLog } from '../audit/audit-log';
import { IdentityConfig } from '../identity.config';
import { UserRepository } from '../users/user.repository';
import { LockoutPolicy, sendsUnlockLink } from './domain/lockout';
import { LoginLockRepository } from './login-lock.repository';

/** Where failed sign-ins came from; null when the caller does not know (counted as one shared source). */
export type LoginSource = string | null | undefined;

const UNKNOWN_SOURCE = '';

/**
 * The failed-login counters and locks. Failures lock the (account, source address) pair, so whoever
 * knows an email cannot lock its owner out from elsewhere; a much higher account-wide count (on users)
 * locks the account everywhere against guessing spread over many addresses. Each count is one
 * statement under the row lock, so concurrent failures are all counted and exactly one of them locks.
 * A failure that locks may email the owner an unlock link (`user.account-unlock-requested`, via the
 * outbox; the token is a one-time token of purpose `account_unlock`): see sendsUnlockLink.
 */
@Injectable()
export class LoginAttempts {
  private readonly sourcePolicy: LockoutPolicy;
  private readonly accountPolicy: LockoutPolicy;

  constructor(
    private readonly users: UserRepository,
    private readonly locks: LoginLockRepository,
    config: IdentityConfig,
    private readonly audit: AuditLog,
    private readonly events: EventPublisher,
    private readonly tokens: OneTimeTokens,
  ) {
    this.sourcePolicy = { threshold: config.LOCKOUT_THRESHOLD, lockMinutes: config.LOCKOUT_MINUTES };
    this.accountPolicy = { threshold: config.LOCKOUT_ACCOUNT_THRESHOLD, lockMinutes: config.LOCKOUT_MINUTES };
  }

  /**
   * Counts a wrong password or second-factor code from `source`; the lock's end when this failure
   * locked the pair or the account (audited once, by the failure that locked it), else null.
   * Runs inside the caller's transaction.
   */
  async recordFailure(userId: string, source?: LoginSource): Promise<Date | null> {
    const key = source || UNKNOWN_SOURCE;
    const accountLock = await this.users.countFailedLogin(userId, this.accountPolicy.threshold, this.accountPolicy.lockMinutes);
    const sourceLock = await this.locks.countFailure(userId, key, this.sourcePolicy.threshold, this.sourcePolicy.lockMinutes);
    const lockedUntil = accountLock ?? sourceLock;
    if (!lockedUntil) return null;
    const scope = accountLock ? 'account-wide' : `from ${key || 'an unknown address'}`;
    await this.audit.record({ action: 'login.locked-out', target: userId, detail: `locked ${scope} until ${new Date(lockedUntil).toISOString()}` });
    // Concurrent failures of one account queue on its users row (countFailedLogin), so the second
    // lock reads the link the first one issued.
    const liveUnlockLink = await this.tokens.hasLive(userId, 'account_unlock');
    if (sendsUnlockLink({ accountWide: accountLock !== null, liveUnlockLink })) await this.sendUnlockLink(userId);
    return lockedUntil;
  }

  /** Whether sign-in from `source` is locked now (that pair, or the whole account), read afresh. */
  async isLocked(userId: string, source?: LoginSource): Promise<boolean> {
    if (await this.users.isLocked(userId)) return true;
    return this.locks.isLocked(userId, source || UNKNOWN_SOURCE);
  }

  /**
   * After a successful sign-in from `source`: the account-wide count and that address's start again;
   * other addresses' locks stay (the owner signing in must not free an attacker elsewhere).
   */
  async recordSuccess(userId: string, source?: LoginSource): Promise<void> {
    await this.users.clearFailedLogins(userId);
    await this.locks.clear(userId, source || UNKNOWN_SOURCE);
  }

  /** Whether anything is locked for the account, from any address (what an admin's re-activation lifts). */
  async hasAnyLock(userId: string): Promise<boolean> {
    return (await this.users.isLocked(userId)) || (await this.locks.hasAnyLock(userId));
  }

  /** After an admin's unlock or the emailed unlock: clears every lock of the account. True when there was something to clear. */
  async reset(userId: string): Promise<boolean> {
    const account = await this.users.clearFailedLogins(userId);
    const sources = await this.locks.clearAll(userId);
    return account || sources;
  }

  /** Spends an unlock token and clears the account's locks; whose account it was, or null. */
  async unlockWithToken(token: unknown): Promise<string | null> {
    const userId = await this.tokens.consume(token, 'account_unlock');
    if (!userId) return null;
    await this.reset(userId);
    await this.audit.record({ action: 'account.unlocked', actorId: userId, target: userId, detail: 'emailed unlock link' });
    return userId;
  }

  /** A new unlock token (the unused one, if any, stops working) in an event for notifications to email. */
  private async sendUnlockLink(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user?.email || user.status !== 'active') return;
    const issued = await this.tokens.issue(userId, 'account_unlock');
    await this.events.publish('user.account-unlock-requested', {
      user_id: user.id,
      email: user.email,
      name: user.name,
      token: issued.token,
      expires_at: issued.expiresAt.toISOString(),
    });
  }
}
