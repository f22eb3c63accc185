import { Injectable } from '@nestjs/common';
import { Actor, ConflictError, TwoFactorCodeData, TwoFactorDisabledResult } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { SecondFactor } from '../../second-factor';

/** Turns 2FA off given a TOTP or backup code; the secret and backup codes are deleted. */
@Injectable()
export class DisableTwoFactorService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly secondFactor: SecondFactor,
    private readonly audit: AuditLog,
  ) {}

  disable(actor: Actor, data: TwoFactorCodeData): Promise<TwoFactorDisabledResult> {
    return this.tx.run(async () => {
      const enrolment = await this.secondFactor.enrolmentOf(actor.user_id);
      if (!enrolment?.enabled_at) throw new ConflictError('Two-factor authentication is not on');
      if (!(await this.secondFactor.consume(enrolment, data?.code, 'totp-or-backup-code'))) throw IdentityException.invalidTotp();
      await this.secondFactor.remove(actor.user_id);
      await this.audit.record({ action: 'two-factor.disabled', actorId: actor.user_id, target: actor.user_id });
      return { enabled: false };
    });
  }
}
