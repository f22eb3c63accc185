import { Injectable } from '@nestjs/common';
import { Actor, EmailVerificationResent, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdentityException } from '../../../identity.exception';
import { UserRepository } from '../../../users/user.repository';
import { EmailVerificationRequests } from '../../email-verification-requests';

/** A signed-in user whose email is not verified yet asks for a new link; earlier links stop working. */
@Injectable()
export class ResendEmailVerificationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly verificationRequests: EmailVerificationRequests,
  ) {}

  resend(actor: Actor): Promise<EmailVerificationResent> {
    return this.tx.run(async () => {
      const user = await this.users.findByIdForUpdate(actor.user_id);
      if (!user) throw new NotFoundError('User');
      // The access token may outlive a suspension; identity's own routes check the account.
      if (user.status !== 'active') throw IdentityException.accountDisabled(user.status);
      if (user.email_verified) throw IdentityException.emailAlreadyVerified();
      const expiresAt = await this.verificationRequests.request(user);
      return { expires_at: expiresAt.toISOString() };
    });
  }
}
