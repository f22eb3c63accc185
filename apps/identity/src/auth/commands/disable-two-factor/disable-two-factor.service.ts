import { Injectable } from '@nestjs/common';
import { Actor, ConflictError, TwoFactorCodeData, TwoFactorDisabledResult } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { LoginAttempts } from '../../login-attempts';
import { SecondFactor } from '../../second-factor';

/**
 * Turns 2FA off given a TOTP or backup code; the secret and backup codes are deleted. A wrong code
 * counts towards the account lockout, as at login: a stolen access token must not buy unlimited guesses.
 */
@Injectable()
export class DisableTwoFactorService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly secondFactor: SecondFactor,
    private readonly audit: AuditLog,
    private readonly attempts: LoginAttempts,
  ) {}

  async disable(actor: Actor, data: TwoFactorCodeData): Promise<TwoFactorDisabledResult> {
    // Refusals are thrown after commit, so a counted failure stays counted.
    const outcome = await this.tx.run(async (): Promise<TwoFactorDisabledResult | 'locked' | 'invalid'> => {
      const enrolment = await this.secondFactor.enrolmentOf(actor.user_id);
      if (!enrolment?.enabled_at) throw new ConflictError('Two-factor authentication is not on');
      if (await this.attempts.isLocked(actor.user_id)) return 'locked';
      if (!(await this.secondFactor.consume(enrolment, data?.code, 'totp-or-backup-code'))) {
        await this.attempts.recordFailure(actor.user_id);
        return 'invalid';
      }
      await this.secondFactor.remove(actor.user_id);
      await this.audit.record({ action: 'two-factor.disabled', actorId: actor.user_id, target: actor.user_id });
      return { enabled: false };
    });
    if (outcome === 'locked') throw IdentityException.lockedOut();
    if (outcome === 'invalid') throw IdentityException.invalidTotp();
    return outcome;
  }
}
