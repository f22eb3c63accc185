import { Injectable } from '@nestjs/common';
import { ResetPasswordData, ResetPasswordResult, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { PasswordHasher } from '../../../auth/domain/password-hasher';
import { checkPassword } from '../../../auth/domain/password-policy';
import { LoginAttempts } from '../../../auth/login-attempts';
import { SessionTokens } from '../../../auth/session-tokens';
import { IdentityException } from '../../../identity.exception';
import { UnverifiedAccountClaim } from '../../../users/unverified-account-claim';
import { UserRepository } from '../../../users/user.repository';
import { OneTimeTokens } from '../../one-time-tokens';

/**
 * A reset link's token and a new password (registration's policy). In one transaction: the token is
 * spent, the password replaced, the lockout cleared (this is how an owner unlocks their account),
 * every session ended (whoever knew the old password is logged out), the email marked verified (the
 * link proved control of it), and `user.password-changed` published. Two-factor stays on, unless the
 * email had never been verified: then the account is claimed from whoever opened it (see
 * UnverifiedAccountClaim), second factor, phone and linked identities included.
 */
@Injectable()
export class ResetPasswordService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly tokens: OneTimeTokens,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
    private readonly sessions: SessionTokens,
    private readonly events: EventPublisher,
    private readonly audit: AuditLog,
    private readonly claim: UnverifiedAccountClaim,
  ) {}

  async reset(data: ResetPasswordData): Promise<ResetPasswordResult> {
    // The policy needs the account's email, so the token is looked at first, but spent only with a good password.
    const ownerId = await this.tokens.ownerOf(data?.token, 'password_reset');
    const owner = ownerId ? await this.users.findById(ownerId) : null;
    if (!owner) throw IdentityException.invalidOneTimeToken();
    const problems = checkPassword(data.password, { email: owner.email });
    if (problems.length) throw new ValidationFailedError(problems);
    // Hashed before the transaction so no connection waits on Argon2.
    const passwordHash = await this.hasher.hash(data.password);
    return this.tx.run(async () => {
      // Spent here for real: of two resets racing with one token, the second finds it used.
      const userId = await this.tokens.consume(data.token, 'password_reset');
      const user = userId ? await this.users.findByIdForUpdate(userId) : null;
      // An account suspended or banned since the link was sent stays closed (the rollback keeps the token unspent).
      if (!user || user.status !== 'active') throw IdentityException.invalidOneTimeToken();
      if (!user.email_verified) await this.claim.claim(user, 'password reset');
      await this.users.updateColumns(user.id, { password_hash: passwordHash, email_verified: true });
      await this.attempts.reset(user.id);
      await this.sessions.revokeAllOf(user.id, 'password-reset');
      await this.tokens.discardUnused(user.id, 'password_reset');
      // Verified now, so a pending verification link has nothing left to do.
      await this.tokens.discardUnused(user.id, 'email_verification');
      // Every lock is lifted, so is a pending unlock link's purpose.
      await this.tokens.discardUnused(user.id, 'account_unlock');
      await this.events.publish('user.password-changed', { user_id: user.id });
      await this.audit.record({ action: 'password.reset', actorId: user.id, target: user.id });
      return { password_reset: true };
    });
  }
}
