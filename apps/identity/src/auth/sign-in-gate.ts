import { Injectable } from '@nestjs/common';
import { AuditLog } from '../audit/audit-log';
import { User } from '../users/user.entity';
import { LoginAttempts, LoginSource } from './login-attempts';
import { SecondFactor } from './second-factor';

export type SignInRefusal = 'locked' | 'totp-required' | 'invalid-totp';

/**
 * The last checks of every way in (password, texted code, Google/Apple), inside the transaction that
 * opens the session: a locked account gets no session, whatever proved the first factor; with 2FA
 * on, a TOTP or backup code is spent here, and a wrong one counts toward the lockout like a wrong
 * password (six digits must not allow unlimited guesses).
 */
@Injectable()
export class SignInGate {
  constructor(
    private readonly secondFactor: SecondFactor,
    private readonly attempts: LoginAttempts,
    private readonly audit: AuditLog,
  ) {}

  async check(user: User, code: string | undefined, detail: string | null = null, source: LoginSource = null): Promise<SignInRefusal | null> {
    // Locks the enrolment row first: a user's concurrent attempts queue here, and one that waited
    // then reads the lock its predecessors may have set (read afresh, not from the row loaded before).
    const enrolment = await this.secondFactor.enrolmentOf(user.id);
    if (await this.attempts.isLocked(user.id, source)) return 'locked';
    if (!enrolment?.enabled_at) return null;
    if (code === undefined || code === null || code === '') return 'totp-required';
    if (await this.secondFactor.consume(enrolment, code, 'totp-or-backup-code')) return null;
    await this.audit.record({ action: 'login.second-factor-failed', actorId: user.id, target: user.id, detail });
    await this.attempts.recordFailure(user.id, source);
    return 'invalid-totp';
  }
}
