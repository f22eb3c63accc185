import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Actor, LogoutData, LogoutResult, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { hashRefreshToken } from '../../domain/refresh-token';
import { SessionRepository } from '../../session.repository';
import { SessionTokens } from '../../session-tokens';

/**
 * Ends one of the caller's sessions, named by a refresh token of its family or by the access
 * token's sid. Idempotent: an unknown, foreign or already-ended session changes nothing.
 */
@Injectable()
export class LogOutService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly sessions: SessionTokens,
    private readonly sessionRepository: SessionRepository,
    private readonly audit: AuditLog,
  ) {}

  async logOut(actor: Actor | null, data: LogoutData): Promise<LogoutResult> {
    if (!actor) throw IdentityException.authRequired();
    const refreshToken = typeof data?.refresh_token === 'string' && data.refresh_token ? data.refresh_token : null;
    const sessionId = typeof data?.session_id === 'string' && isUUID(data.session_id) ? data.session_id : null;
    if (!refreshToken && !sessionId) {
      throw new ValidationFailedError([{ field: 'refresh_token', message: 'refresh_token is required when the session is not known' }]);
    }
    await this.tx.run(async () => {
      const id = refreshToken ? await this.sessionOfToken(refreshToken) : sessionId;
      const session = id ? await this.sessionRepository.findSessionOf(id, actor.user_id) : null;
      if (!session || session.revoked_at) return;
      await this.sessions.revoke(session.id, 'logout');
      await this.audit.record({ action: 'logout', actorId: actor.user_id, target: session.id });
    });
    return { logged_out: true };
  }

  private async sessionOfToken(token: string): Promise<string | null> {
    const row = await this.sessionRepository.findRefreshToken(hashRefreshToken(token));
    return row?.session_id ?? null;
  }
}
