import { Injectable } from '@nestjs/common';
import { ForgotPasswordData, ForgotPasswordResult } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { normalizeEmail } from '../../../auth/domain/registration-rules';
import { UserRepository } from '../../../users/user.repository';
import { OneTimeTokens } from '../../one-time-tokens';

/**
 * "Forgot password": an active account gets a reset link by email (`user.password-reset-requested`,
 * sent by notifications). The answer is the same whether or not the email has an account, so the
 * route cannot be used to find out who is registered; the gateway rate-limits it per IP.
 */
@Injectable()
export class RequestPasswordResetService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly tokens: OneTimeTokens,
    private readonly events: EventPublisher,
    private readonly audit: AuditLog,
  ) {}

  async request(data: ForgotPasswordData): Promise<ForgotPasswordResult> {
    const email = typeof data?.email === 'string' ? normalizeEmail(data.email) : '';
    const user = email ? await this.users.findByEmail(email) : null;
    // Suspended and banned accounts stay closed; a guest has no password to reset.
    if (user && user.status === 'active' && user.role !== 'guest') {
      await this.tx.run(async () => {
        const issued = await this.tokens.issue(user.id, 'password_reset');
        await this.events.publish('user.password-reset-requested', {
          user_id: user.id,
          email: user.email,
          name: user.name,
          token: issued.token,
          expires_at: issued.expiresAt.toISOString(),
        });
        await this.audit.record({ action: 'password-reset.requested', actorId: null, target: user.id });
      });
    }
    return { requested: true };
  }
}
