import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AccessTokenClaims, ForbiddenError, TokenPair } from '@platter/contracts';
import { IdentityConfig } from '../identity.config';
import { SigningKeys } from '../signing-keys/signing-keys.service';
import { AccessRevocations } from './access-revocations';
import { User } from '../users/user.entity';
import { signAccessToken } from './domain/access-token';
import { newRefreshToken } from './domain/refresh-token';
import { Session } from './session.entity';
import { SessionRepository } from './session.repository';

/** Opens sessions (refresh-token families) and issues token pairs; call inside tx.run. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly keys: SigningKeys,
    private readonly config: IdentityConfig,
    private readonly revocations: AccessRevocations,
  ) {}

  async openSession(user: User): Promise<TokenPair> {
    const session: Session = { id: randomUUID(), user_id: user.id, created_at: new Date(), revoked_at: null, revoke_reason: null, restaurant_id: null };
    await this.sessions.insertSession(session);
    return this.issue(user, session.id);
  }

  /** A new refresh token in the session's family and an access token carrying its id. */
  async issue(user: User, sessionId: string): Promise<TokenPair> {
    const now = new Date();
    const refresh = newRefreshToken();
    await this.sessions.insertRefreshToken({
      id: randomUUID(),
      session_id: sessionId,
      token_hash: refresh.hash,
      created_at: now,
      expires_at: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
      used_at: null,
    });
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const restaurant = await this.actingRestaurant(user, sessionId);
    const accessToken = await signAccessToken(
      await this.keys.current(),
      { sub: user.id, role: user.role, email: user.email, sid: sessionId, ...restaurant },
      ttl,
      now,
    );
    return { access_token: accessToken, refresh_token: refresh.token, expires_in: ttl, token_type: 'Bearer' };
  }

  /**
   * The restaurant the token acts for, read afresh at every issue so a removed member loses it at
   * the next refresh: the session's chosen one while the membership lasts, else the user's first
   * (an owner's own before any other).
   */
  private async actingRestaurant(user: User, sessionId: string): Promise<Pick<AccessTokenClaims, 'restaurant_id' | 'restaurant_role'>> {
    if (user.role !== 'restaurant_owner' && user.role !== 'restaurant_staff') return {};
    const membership = await this.sessions.actingMembership(user.id, sessionId);
    return membership ? { restaurant_id: membership.restaurant_id, restaurant_role: membership.role } : {};
  }

  /** From now on the session acts for this restaurant; FORBIDDEN unless the user is a member. */
  async actFor(userId: string, sessionId: string, restaurantId: string): Promise<void> {
    if (!(await this.sessions.isMember(userId, restaurantId))) throw new ForbiddenError('You are not a member of this restaurant');
    await this.sessions.setActingRestaurant(sessionId, restaurantId);
  }

  /** Ends a family: none of its refresh tokens works any more. */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.sessions.revoke(sessionId, reason);
  }

  /**
   * Ends every session of a user, and their access tokens with them (the gateway's revocation list):
   * suspension, ban, erasure and a new password take effect on the next request, not in 15 minutes.
   */
  async revokeAllOf(userId: string, reason: string): Promise<void> {
    await this.sessions.revokeAllOf(userId, reason);
    await this.revocations.revokeAccessTokensOf(userId);
  }
}
