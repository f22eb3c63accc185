import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AuthResult, ClientInfo, RefreshData, UserStatus, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { toPublicUser } from '../../../users/public-user';
import { UserRepository } from '../../../users/user.repository';
import { hashRefreshToken } from '../../domain/refresh-token';
import { decideRefresh } from '../../domain/refresh-rotation';
import { SecurityAlerts } from '../../security-alerts';
import { SessionRepository } from '../../session.repository';
import { SessionTokens } from '../../session-tokens';

type Outcome = { granted: AuthResult } | { rejected: 'invalid' } | { rejected: 'disabled'; status: UserStatus };

/** Exchanges a refresh token for a new pair of the same family, or ends the family on reuse. */
@Injectable()
export class RefreshSessionService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly sessions: SessionTokens,
    private readonly sessionRepository: SessionRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditLog,
    private readonly alerts: SecurityAlerts,
  ) {}

  async refresh(data: RefreshData): Promise<AuthResult> {
    if (typeof data.refresh_token !== 'string' || data.refresh_token.length === 0) throw IdentityException.invalidToken();
    if (data.restaurant_id !== undefined && (typeof data.restaurant_id !== 'string' || !isUUID(data.restaurant_id))) {
      throw new ValidationFailedError([{ field: 'restaurant_id', message: 'restaurant_id must be a UUID' }]);
    }
    // Rejections are thrown after commit, so a family revoked on reuse stays revoked.
    const outcome = await this.tx.run(() => this.exchange(hashRefreshToken(data.refresh_token), data.restaurant_id, data.client));
    if ('granted' in outcome) return outcome.granted;
    if (outcome.rejected === 'disabled') throw IdentityException.accountDisabled(outcome.status);
    throw IdentityException.invalidToken();
  }

  private async exchange(tokenHash: string, restaurantId?: string, client?: ClientInfo): Promise<Outcome> {
    // Locked: of two concurrent exchanges of one token, the second sees it used.
    const token = await this.sessionRepository.lockRefreshToken(tokenHash);
    const session = token ? await this.sessionRepository.findSession(token.session_id) : null;
    const decision = decideRefresh(
      token && session ? { expires_at: token.expires_at, used_at: token.used_at, family_revoked_at: session.revoked_at } : null,
      new Date(),
    );
    if (decision.action === 'reject') return { rejected: 'invalid' };
    if (decision.action === 'revoke-family') {
      await this.sessions.revoke(session!.id, 'refresh-token-reuse');
      await this.audit.record({ action: 'refresh.reuse-detected', actorId: session!.user_id, target: session!.id });
      // Committed with the revocation (the rejection is thrown after commit): the holder hears of it.
      await this.alerts.raise(session!.user_id, 'refresh_token_reuse', client);
      return { rejected: 'invalid' };
    }
    const user = await this.users.findById(session!.user_id);
    if (!user || user.status !== 'active') {
      await this.sessions.revoke(session!.id, 'account-disabled');
      return user ? { rejected: 'disabled', status: user.status } : { rejected: 'invalid' };
    }
    // Before the token is spent: a refused restaurant switch leaves the client its refresh token.
    if (restaurantId) await this.sessions.actFor(user.id, session!.id, restaurantId);
    await this.sessionRepository.markRefreshTokenUsed(token!.id, new Date());
    const tokens = await this.sessions.issue(user, session!.id);
    return { granted: { user: toPublicUser(user), tokens } };
  }
}
