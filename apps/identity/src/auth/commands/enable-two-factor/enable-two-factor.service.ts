import { Injectable } from '@nestjs/common';
import { Actor, ConflictError, TwoFactorCodeData, TwoFactorEnabledResult } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { SecondFactor } from '../../second-factor';

/** A first good TOTP code turns the pending secret on and hands out the backup codes. */
@Injectable()
export class EnableTwoFactorService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly secondFactor: SecondFactor,
    private readonly audit: AuditLog,
  ) {}

  enable(actor: Actor, data: TwoFactorCodeData): Promise<TwoFactorEnabledResult> {
    return this.tx.run(async () => {
      const enrolment = await this.secondFactor.enrolmentOf(actor.user_id);
      if (!enrolment) throw new ConflictError('Set up two-factor authentication first');
      if (enrolment.enabled_at) throw new ConflictError('Two-factor authentication is already on');
      if (!(await this.secondFactor.consume(enrolment, data?.code, 'totp'))) throw IdentityException.invalidTotp();
      await this.secondFactor.enable(actor.user_id);
      const backupCodes = await this.secondFactor.issueBackupCodes(actor.user_id);
      await this.audit.record({ action: 'two-factor.enabled', actorId: actor.user_id, target: actor.user_id });
      return { enabled: true, backup_codes: backupCodes };
    });
  }
}
