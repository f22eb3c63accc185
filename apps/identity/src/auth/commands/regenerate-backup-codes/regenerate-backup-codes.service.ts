import { Injectable } from '@nestjs/common';
import { Actor, BackupCodesIssued, ConflictError, TwoFactorCodeData } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { LoginAttempts } from '../../login-attempts';
import { SecondFactor } from '../../second-factor';

/**
 * Ten new backup codes for a TOTP code (not a backup code: whoever holds one must not mint more). A
 * wrong code counts towards the account lockout, as at login.
 */
@Injectable()
export class RegenerateBackupCodesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly secondFactor: SecondFactor,
    private readonly audit: AuditLog,
    private readonly attempts: LoginAttempts,
  ) {}

  async regenerate(actor: Actor, data: TwoFactorCodeData): Promise<BackupCodesIssued> {
    // Refusals are thrown after commit, so a counted failure stays counted.
    const outcome = await this.tx.run(async (): Promise<BackupCodesIssued | 'locked' | 'invalid'> => {
      const enrolment = await this.secondFactor.enrolmentOf(actor.user_id);
      if (!enrolment?.enabled_at) throw new ConflictError('Two-factor authentication is not on');
      if (await this.attempts.isLocked(actor.user_id)) return 'locked';
      if (!(await this.secondFactor.consume(enrolment, data?.code, 'totp'))) {
        await this.attempts.recordFailure(actor.user_id);
        return 'invalid';
      }
      const backupCodes = await this.secondFactor.issueBackupCodes(actor.user_id);
      await this.audit.record({ action: 'two-factor.backup-codes-regenerated', actorId: actor.user_id, target: actor.user_id });
      return { backup_codes: backupCodes };
    });
    if (outcome === 'locked') throw IdentityException.lockedOut();
    if (outcome === 'invalid') throw IdentityException.invalidTotp();
    return outcome;
  }
}
