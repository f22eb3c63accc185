import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';

/** The per-address locks (login_source_locks); the unlock links are one-time tokens (OneTimeTokens). */
@Injectable()
export class LoginLockRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Counts a failure from `source`, locking the pair for `lockMinutes` when the count reaches
   * `threshold`; the lock's end when this failure locked it, else null. One statement under the row
   * lock, so concurrent failures are all counted and exactly one locks; a locked pair is left alone.
   */
  async countFailure(userId: string, source: string, threshold: number, lockMinutes: number): Promise<Date | null> {
    const rows = await this.tx.manager.query<{ locked_until: Date | null }[]>(
      `INSERT INTO login_source_locks AS l (user_id, source, failed_count, locked_until)
       VALUES ($1, $2, CASE WHEN 1 >= $3 THEN 0 ELSE 1 END, CASE WHEN 1 >= $3 THEN now() + make_interval(mins => $4) END)
       ON CONFLICT (user_id, source) DO UPDATE SET
         failed_count = CASE WHEN l.failed_count + 1 >= $3 THEN 0 ELSE l.failed_count + 1 END,
         locked_until = CASE WHEN l.failed_count + 1 >= $3 THEN now() + make_interval(mins => $4) ELSE NULL END
       WHERE l.locked_until IS NULL OR l.locked_until <= now()
       RETURNING l.locked_until`,
      [userId, source, threshold, lockMinutes],
    );
    return rows[0]?.locked_until ?? null;
  }

  async isLocked(userId: string, source: string): Promise<boolean> {
    const rows = await this.tx.manager.query<{ locked: boolean }[]>(
      `SELECT locked_until > now() AS locked FROM login_source_locks WHERE user_id = $1 AND source = $2`,
      [userId, source],
    );
    return rows[0]?.locked === true;
  }

  async hasAnyLock(userId: string): Promise<boolean> {
    const rows = await this.tx.manager.query(`SELECT 1 FROM login_source_locks WHERE user_id = $1 AND locked_until > now() LIMIT 1`, [userId]);
    return rows.length > 0;
  }

  /** One address's count and lock. */
  async clear(userId: string, source: string): Promise<void> {
    await this.tx.manager.query(`DELETE FROM login_source_locks WHERE user_id = $1 AND source = $2`, [userId, source]);
  }

  /** Every address's count and lock for the account; true when there was something to clear. */
  async clearAll(userId: string): Promise<boolean> {
    const [, count] = await this.tx.manager.query<[unknown[], number]>(`DELETE FROM login_source_locks WHERE user_id = $1`, [userId]);
    return count > 0;
  }
}
