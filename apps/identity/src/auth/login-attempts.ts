import { Injectable } from '@nestjs/common';
import { AuditLog } from '../audit/audit-log';
import { IdentityConfig } from '../identity.config';
import { UserRepository } from '../users/user.repository';
import { LockoutPolicy } from './domain/lockout';

/**
 * The failed-login counter and lock on users. Each change is one UPDATE that reads and writes the row
 * under its lock, so concurrent wrong passwords are all counted and exactly one of them locks
 * (the same rule as `afterFailure`).
 */
@Injectable()
export class LoginAttempts {
  private readonly policy: LockoutPolicy;

  constructor(
    private readonly users: UserRepository,
    config: IdentityConfig,
    private readonly audit: AuditLog,
  ) {
    this.policy = { threshold: config.LOCKOUT_THRESHOLD, lockMinutes: config.LOCKOUT_MINUTES };
  }

  /**
   * Counts a wrong password or second-factor code; the lock's end when this failure locked the account
   * (audited once, by the failure that locked it), else null.
   */
  async recordFailure(userId: string): Promise<Date | null> {
    const lockedUntil = await this.users.countFailedLogin(userId, this.policy.threshold, this.policy.lockMinutes);
    if (lockedUntil) {
      await this.audit.record({ action: 'login.locked-out', target: userId, detail: `locked until ${new Date(lockedUntil).toISOString()}` });
    }
    return lockedUntil;
  }

  /** Whether the account is locked now, read afresh (not from a row loaded before a wait). */
  async isLocked(userId: string): Promise<boolean> {
    return this.users.isLocked(userId);
  }

  /** After a successful login or an admin's unlock. True when there was something to clear. */
  async reset(userId: string): Promise<boolean> {
    return this.users.clearFailedLogins(userId);
  }
}
