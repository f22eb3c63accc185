import { Injectable } from '@nestjs/common';
import { EventPublisher } from '@platter/messaging';
import { AuditLog } from '../audit/audit-log';
import { User } from '../users/user.entity';
import { OneTimeTokens } from './one-time-tokens';

/**
 * Issues an email-verification token and hands it to notifications (`user.email-verification-requested`,
 * through the outbox); call inside tx.run. Used at registration and when the user asks again.
 */
@Injectable()
export class EmailVerificationRequests {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly events: EventPublisher,
    private readonly audit: AuditLog,
  ) {}

  /** When the new link stops working. */
  async request(user: Pick<User, 'id' | 'email' | 'name'>): Promise<Date> {
    const issued = await this.tokens.issue(user.id, 'email_verification');
    await this.events.publish('user.email-verification-requested', {
      user_id: user.id,
      email: user.email,
      name: user.name,
      token: issued.token,
      expires_at: issued.expiresAt.toISOString(),
    });
    await this.audit.record({ action: 'email-verification.requested', actorId: user.id, target: user.id });
    return issued.expiresAt;
  }
}
