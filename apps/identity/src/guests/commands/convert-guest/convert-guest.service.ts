import { Injectable } from '@nestjs/common';
import { UserRole, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { GuestSessions } from '../../guest-sessions';

/**
 * A guest becomes the user who just registered with their token. Runs inside the registration's
 * transaction, so a refused token refuses the sign-up and `guest.converted` commits with the account.
 */
@Injectable()
export class ConvertGuestService {
  constructor(
    private readonly sessions: GuestSessions,
    private readonly events: EventPublisher,
    private readonly audit: AuditLog,
  ) {}

  async convert(guestToken: unknown, user: { id: string; role: UserRole }): Promise<void> {
    // A guest's orders are a customer's orders: an owner or driver account has no use for them.
    if (user.role !== 'customer') {
      throw new ValidationFailedError([{ field: 'guest_token', message: 'only a customer account can take over a guest session' }]);
    }
    const session = await this.sessions.markConverted(guestToken, user.id);
    if (!session) throw IdentityException.invalidToken('The guest token is unknown, expired or already used');
    await this.events.publish('guest.converted', { guest_id: session.id, user_id: user.id });
    await this.audit.record({ action: 'guest.converted', actorId: user.id, target: session.id });
  }
}
