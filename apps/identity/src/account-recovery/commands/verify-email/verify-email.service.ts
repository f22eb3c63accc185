import { Injectable } from '@nestjs/common';
import { VerifyEmailData, VerifyEmailResult } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { UserRepository } from '../../../users/user.repository';
import { OneTimeTokens } from '../../one-time-tokens';

/** The link from the verification email: spends its token and marks the account's email verified. */
@Injectable()
export class VerifyEmailService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly tokens: OneTimeTokens,
    private readonly audit: AuditLog,
  ) {}

  verify(data: VerifyEmailData): Promise<VerifyEmailResult> {
    return this.tx.run(async () => {
      const userId = await this.tokens.consume(data?.token, 'email_verification');
      if (!userId) throw IdentityException.invalidOneTimeToken();
      await this.users.updateColumns(userId, { email_verified: true });
      await this.audit.record({ action: 'email.verified', actorId: userId, target: userId });
      return { email_verified: true };
    });
  }
}
