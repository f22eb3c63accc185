import { Injectable } from '@nestjs/common';
import { Actor, CurrentUser, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { toCurrentUser } from '../../../users/public-user';
import { UserRepository } from '../../../users/user.repository';
import { PhoneCodes } from '../../phone-codes';

/** The code texted to the user's phone came back: the phone is theirs, and may sign them in. */
@Injectable()
export class VerifyPhoneService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly codes: PhoneCodes,
    private readonly audit: AuditLog,
  ) {}

  async verify(actor: Actor, code: string): Promise<CurrentUser> {
    // Thrown after commit, so a counted wrong guess stays counted.
    const outcome = await this.tx.run(async (): Promise<CurrentUser | null> => {
      const user = await this.users.findById(actor.user_id);
      if (!user) throw new NotFoundError('User');
      if (user.status !== 'active') throw IdentityException.accountDisabled(user.status);
      const { check, otpId } = await this.codes.guess(user.id, 'verify_phone', code);
      if (check !== 'accepted') return null;
      await this.codes.spend(otpId!);
      user.phone_verified_at = new Date();
      await this.users.updateColumns(user.id, { phone_verified_at: user.phone_verified_at });
      await this.audit.record({ action: 'phone.verified', actorId: user.id, target: user.id });
      return toCurrentUser(user);
    });
    if (!outcome) throw IdentityException.invalidPhoneCode();
    return outcome;
  }
}
