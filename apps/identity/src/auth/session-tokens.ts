import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TokenPair } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdentityConfig } from '../identity.config';
import { SigningKeys } from '../signing-keys/signing-keys.service';
import { User } from '../users/user.entity';
import { signAccessToken } from './domain/access-token';
import { newRefreshToken } from './domain/refresh-token';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';

/** Opens sessions (refresh-token families) and issues token pairs; call inside tx.run. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly tx: TransactionHost,
    private readonly keys: SigningKeys,
    private readonly config: IdentityConfig,
  ) {}

  async openSession(user: User): Promise<TokenPair> {
    const session: Session = { id: randomUUID(), user_id: user.id, created_at: new Date(), revoked_at: null, revoke_reason: null };
    await this.tx.repository(Session).insert(session);
    return this.issue(user, session.id);
  }

  /** A new refresh token in the session's family and an access token carrying its id. */
  async issue(user: User, sessionId: string): Promise<TokenPair> {
    const now = new Date();
    const refresh = newRefreshToken();
    await this.tx.repository(RefreshToken).insert({
      id: randomUUID(),
      session_id: sessionId,
      token_hash: refresh.hash,
      created_at: now,
      expires_at: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
      used_at: null,
    });
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await signAccessToken(
      await this.keys.current(),
      { sub: user.id, role: user.role, email: user.email, sid: sessionId },
      ttl,
      now,
    );
    return { access_token: accessToken, refresh_token: refresh.token, expires_in: ttl, token_type: 'Bearer' };
  }

  /** Ends a family: none of its refresh tokens works any more. */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.tx.manager.query(`UPDATE sessions SET revoked_at = now(), revoke_reason = $2 WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
      reason,
    ]);
  }

  /** Ends every session of a user. */
  async revokeAllOf(userId: string, reason: string): Promise<void> {
    await this.tx.manager.query(`UPDATE sessions SET revoked_at = now(), revoke_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [
      userId,
      reason,
    ]);
  }
}
