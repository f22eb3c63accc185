import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../audit/audit-log';
import { IdentityConfig } from '../identity.config';
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
    private readonly tx: TransactionHost,
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
    // Postgres re-checks the WHERE after waiting for a concurrent update, so a row locked meanwhile is left alone.
    const [rows] = await this.tx.manager.query<[{ locked_until: Date | null }[], number]>(
      `UPDATE users SET
         failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
         locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE NULL END
       WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now())
       RETURNING locked_until`,
      [userId, this.policy.threshold, this.policy.lockMinutes],
    );
    const lockedUntil = rows[0]?.locked_until ?? null;
    if (lockedUntil) {
      await this.audit.record({ action: 'login.locked-out', target: userId, detail: `locked until ${new Date(lockedUntil).toISOString()}` });
    }
    return lockedUntil;
  }

  /** Whether the account is locked now, read afresh (not from a row loaded before a wait). */
  async isLocked(userId: string): Promise<boolean> {
    const [row] = await this.tx.manager.query<{ locked: boolean }[]>(`SELECT locked_until > now() AS locked FROM users WHERE id = $1`, [userId]);
    return row?.locked === true;
  }

  /** After a successful login or an admin's unlock. True when there was something to clear. */
  async reset(userId: string): Promise<boolean> {
    const [, count] = await this.tx.manager.query<[unknown[], number]>(
      `UPDATE users SET failed_login_count = 0, locked_until = NULL
       WHERE id = $1 AND (failed_login_count > 0 OR locked_until IS NOT NULL)`,
      [userId],
    );
    return count > 0;
  }
}
