import { Injectable } from '@nestjs/common';
import { Actor, ConflictError, NotFoundError, TwoFactorSetupResult } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { UserRepository } from '../../../users/user.repository';
import { otpauthUri } from '../../domain/totp';
import { SecondFactor } from '../../second-factor';

export const TOTP_ISSUER = 'Platter';

/** A new TOTP secret for the caller, pending until a code from it is verified. */
@Injectable()
export class SetUpTwoFactorService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly secondFactor: SecondFactor,
  ) {}

  setUp(actor: Actor): Promise<TwoFactorSetupResult> {
    return this.tx.run(async () => {
      const user = await this.users.findById(actor.user_id);
      if (!user) throw new NotFoundError('User');
      const enrolment = await this.secondFactor.enrolmentOf(user.id);
      if (enrolment?.enabled_at) throw new ConflictError('Two-factor authentication is already on; disable it first');
      const secret = await this.secondFactor.startEnrolment(user.id);
      return { secret, otpauth_uri: otpauthUri(TOTP_ISSUER, user.email, secret) };
    });
  }
}
