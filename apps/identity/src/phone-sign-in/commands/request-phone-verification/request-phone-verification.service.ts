import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdentityException } from '../../../identity.exception';
import { UserRepository } from '../../../users/user.repository';
import { OTP_TTL_SECONDS } from '../../domain/phone-otp';
import { PhoneCodes } from '../../phone-codes';

/**
 * A signed-in user asks for a code on their own phone, to prove it is theirs (then it may sign them
 * in by texted code). One text a minute at most; a request within the minute gets the same answer.
 */
@Injectable()
export class RequestPhoneVerificationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly codes: PhoneCodes,
  ) {}

  async request(actor: Actor): Promise<{ sent: true; expires_in: number }> {
    await this.tx.run(async () => {
      const user = await this.users.findById(actor.user_id);
      if (!user) throw new NotFoundError('User');
      if (user.status !== 'active') throw IdentityException.accountDisabled(user.status);
      if (!user.phone) throw IdentityException.noPhone();
      if (user.phone_verified_at) throw IdentityException.phoneAlreadyVerified();
      await this.codes.issue(user, user.phone, 'verify_phone');
    });
    return { sent: true, expires_in: OTP_TTL_SECONDS };
  }
}
