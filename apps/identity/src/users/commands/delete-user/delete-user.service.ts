import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError, PublicUser } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { OneTimeTokenRepository } from '../../../account-recovery/one-time-token.repository';
import { AuditEntryRepository } from '../../../audit/audit-entry.repository';
import { AuditLog } from '../../../audit/audit-log';
import { SecondFactor } from '../../../auth/second-factor';
import { SessionTokens } from '../../../auth/session-tokens';
import { GuestSessionRepository } from '../../../guests/guest-session.repository';
import { IdentityException } from '../../../identity.exception';
import { RestaurantMembershipRepository } from '../../../memberships/restaurant-membership.repository';
import { UserIdentityRepository } from '../../../oidc/user-identity.repository';
import { PhoneCodeRepository } from '../../../phone-sign-in/phone-code.repository';
import { anonymisedAccount, decideErasure } from '../../domain/account-erasure';
import { toPublicUser } from '../../public-user';
import { UserRepository } from '../../user.repository';

/**
 * GDPR erasure by an admin, in one transaction: the account is anonymised (no email, name, phone,
 * preferences or password left), its sessions end (refresh tokens fail at once), its second factor,
 * pending one-time links, linked sign-in providers and restaurant memberships go, and `user.deleted`
 * tells the services holding copies. Access tokens already issued live until they expire elsewhere;
 * identity's own routes refuse them (status `deleted`). The audit log keeps its entries (security
 * record); they name the account by id.
 */
@Injectable()
export class DeleteUserService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly events: EventPublisher,
    private readonly sessions: SessionTokens,
    private readonly secondFactor: SecondFactor,
    private readonly memberships: RestaurantMembershipRepository,
    private readonly oneTimeTokens: OneTimeTokenRepository,
    private readonly identities: UserIdentityRepository,
    private readonly phoneCodes: PhoneCodeRepository,
    private readonly guestSessions: GuestSessionRepository,
    private readonly auditEntries: AuditEntryRepository,
    private readonly audit: AuditLog,
  ) {}

  async delete(admin: Actor, id: string): Promise<PublicUser> {
    return this.tx.run(async () => {
      const user = await this.users.findByIdForUpdate(id);
      if (!user) throw new NotFoundError('User');
      const decision = decideErasure(admin.user_id, user);
      if (decision.action === 'refuse') throw IdentityException.ownDeletion();
      if (decision.action === 'keep') return toPublicUser(user);
      const erased = anonymisedAccount(user.id);
      await this.users.updateColumns(user.id, { ...erased, phone_lookup: null });
      await this.sessions.revokeAllOf(user.id, 'account-deleted');
      await this.secondFactor.remove(user.id);
      await this.memberships.deleteAllOf(user.id);
      await this.oneTimeTokens.deleteAllOf(user.id);
      await this.identities.deleteAllOf(user.id);
      await this.phoneCodes.deleteAllOf(user.id);
      // The guest the account once was told us how to reach them too.
      await this.guestSessions.forgetContactOfConverted(user.id);
      // Failed logins name the email that was tried: the account's entries name it by id from now on.
      await this.auditEntries.retargetAccountEntries(user.email, user.id);
      await this.events.publish('user.deleted', { user_id: user.id });
      await this.audit.record({ action: 'user.deleted', actorId: admin.user_id, target: user.id, detail: `${user.status} -> deleted` });
      return toPublicUser(Object.assign(user, erased));
    });
  }
}
