import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError, PublicUser } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { BackupCode } from '../../../auth/backup-code.entity';
import { SessionTokens } from '../../../auth/session-tokens';
import { TwoFactor } from '../../../auth/two-factor.entity';
import { IdentityException } from '../../../identity.exception';
import { RestaurantMembership } from '../../../memberships/restaurant-membership.entity';
import { anonymisedAccount, decideErasure } from '../../domain/account-erasure';
import { toPublicUser } from '../../public-user';
import { User } from '../../user.entity';

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
    private readonly events: EventPublisher,
    private readonly sessions: SessionTokens,
    private readonly audit: AuditLog,
  ) {}

  async delete(admin: Actor, id: string): Promise<PublicUser> {
    return this.tx.run(async () => {
      const users = this.tx.repository(User);
      const user = await users.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('User');
      const decision = decideErasure(admin.user_id, user);
      if (decision.action === 'refuse') throw IdentityException.ownDeletion();
      if (decision.action === 'keep') return toPublicUser(user);
      const erased = anonymisedAccount(user.id);
      await users.update(user.id, { ...erased, phone_lookup: null });
      await this.sessions.revokeAllOf(user.id, 'account-deleted');
      await this.tx.repository(BackupCode).delete({ user_id: user.id });
      await this.tx.repository(TwoFactor).delete({ user_id: user.id });
      await this.tx.repository(RestaurantMembership).delete({ user_id: user.id });
      await this.tx.manager.query(`DELETE FROM one_time_tokens WHERE user_id = $1`, [user.id]);
      await this.tx.manager.query(`DELETE FROM user_identities WHERE user_id = $1`, [user.id]);
      await this.tx.manager.query(`DELETE FROM phone_otps WHERE user_id = $1`, [user.id]);
      // The guest the account once was told us how to reach them too.
      await this.tx.manager.query(`UPDATE guest_sessions SET name = NULL, phone = NULL, email = NULL WHERE converted_user_id = $1`, [user.id]);
      // Failed logins name the email that was tried: the account's entries name it by id from now on.
      await this.tx.manager.query(`UPDATE audit_log SET target = $1 WHERE target = $2 AND (actor_id = $1 OR actor_id IS NULL)`, [user.id, user.email]);
      await this.events.publish('user.deleted', { user_id: user.id });
      await this.audit.record({ action: 'user.deleted', actorId: admin.user_id, target: user.id, detail: `${user.status} -> deleted` });
      return toPublicUser(Object.assign(user, erased));
    });
  }
}
