import { Injectable } from '@nestjs/common';
import { Actor, BackupCodesIssued, ConflictError, TwoFactorCodeData } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { SecondFactor } from '../../second-factor';

/** Ten new backup codes for a TOTP code (not a backup code: whoever holds one must not mint more). */
@Injectable()
export class RegenerateBackupCodesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly secondFactor: SecondFactor,
    private readonly audit: AuditLog,
  ) {}

  regenerate(actor: Actor, data: TwoFactorCodeData): Promise<BackupCodesIssued> {
    return this.tx.run(async () => {
      const enrolment = await this.secondFactor.enrolmentOf(actor.user_id);
      if (!enrolment?.enabled_at) throw new ConflictError('Two-factor authentication is not on');
      if (!(await this.secondFactor.consume(enrolment, data?.code, 'totp'))) throw IdentityException.invalidTotp();
      const backupCodes = await this.secondFactor.issueBackupCodes(actor.user_id);
      await this.audit.record({ action: 'two-factor.backup-codes-regenerated', actorId: actor.user_id, target: actor.user_id });
      return { backup_codes: backupCodes };
    });
  }
}
