import { Injectable } from '@nestjs/common';
import { Actor, ChangeUserStatusRequest, NotFoundError, PublicUser } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { LoginAttempts } from '../../../auth/login-attempts';
import { SessionTokens } from '../../../auth/session-tokens';
import { IdentityException } from '../../../identity.exception';
import { decideStatusChange } from '../../domain/status-change';
import { toPublicUser } from '../../public-user';
import { UserRepository } from '../../user.repository';

/**
 * An admin activates, suspends or bans an account. Suspending or banning ends every session in the
 * same transaction, so the account's refresh tokens fail at once, and its access tokens too (the
 * gateway's revocation list, written by SessionTokens.revokeAllOf; docs/security.md). Setting `active` also unlocks an account locked by wrong passwords
 * (the owner can also unlock it themselves by password reset).
 */
@Injectable()
export class ChangeUserStatusService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly events: EventPublisher,
    private readonly sessions: SessionTokens,
    private readonly audit: AuditLog,
    private readonly attempts: LoginAttempts,
  ) {}

  async change(admin: Actor, request: ChangeUserStatusRequest): Promise<PublicUser> {
    return this.tx.run(async () => {
      // Locked: two admins changing one account at once publish their events in order.
      const user = await this.users.findByIdForUpdate(request.id);
      if (!user) throw new NotFoundError('User');
      const decision = decideStatusChange(admin.user_id, { ...user, locked: await this.attempts.hasAnyLock(user.id) }, request.status);
      if (decision.action === 'refuse') throw decision.reason === 'own-account' ? IdentityException.ownStatus() : IdentityException.accountDeleted();
      if (decision.action === 'keep') return toPublicUser(user);
      if (decision.unlock && (await this.attempts.reset(user.id))) {
        await this.audit.record({ action: 'account.unlocked', actorId: admin.user_id, target: user.id, detail: request.reason ?? null });
      }
      if (!decision.statusChanged) return toPublicUser(user);
      const previous = user.status;
      user.status = request.status;
      await this.users.updateColumns(user.id, { status: user.status });
      if (decision.endSessions) await this.sessions.revokeAllOf(user.id, `account-${user.status}`);
      await this.events.publish('user.status-changed', { user_id: user.id, status: user.status, role: user.role });
      await this.audit.record({
        action: 'user.status-changed',
        actorId: admin.user_id,
        target: user.id,
        detail: `${previous} -> ${user.status}${request.reason ? `: ${request.reason}` : ''}`,
      });
      return toPublicUser(user);
    });
  }
}
