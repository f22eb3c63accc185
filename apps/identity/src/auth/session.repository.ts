import { Injectable } from '@nestjs/common';
import { MembershipRole } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RestaurantMembership } from '../memberships/restaurant-membership.entity';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';

/** A membership a session may act for. */
export interface ActingMembership {
  restaurant_id: string;
  role: MembershipRole;
}

/**
 * Sessions (refresh-token families) and their refresh tokens, with the memberships a session may act
 * for (read here because the choice ranks them against the session's own restaurant).
 */
@Injectable()
export class SessionRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insertSession(session: Session): Promise<void> {
    await this.tx.repository(Session).insert(session);
  }

  findSession(id: string): Promise<Session | null> {
    return this.tx.repository(Session).findOneBy({ id });
  }

  /** The session if it is `userId`'s, else null. */
  findSessionOf(id: string, userId: string): Promise<Session | null> {
    return this.tx.repository(Session).findOneBy({ id, user_id: userId });
  }

  async setActingRestaurant(sessionId: string, restaurantId: string): Promise<void> {
    await this.tx.repository(Session).update(sessionId, { restaurant_id: restaurantId });
  }

  /** Ends the session if it is still open; an ended one keeps its first reason. */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(Session)
      .set({ revoked_at: () => 'now()', revoke_reason: reason })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
  }

  /** Ends every open session of the user. */
  async revokeAllOf(userId: string, reason: string): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(Session)
      .set({ revoked_at: () => 'now()', revoke_reason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  async insertRefreshToken(token: RefreshToken): Promise<void> {
    await this.tx.repository(RefreshToken).insert(token);
  }

  findRefreshToken(tokenHash: string): Promise<RefreshToken | null> {
    return this.tx.repository(RefreshToken).findOneBy({ token_hash: tokenHash });
  }

  /** The refresh token, locked until the transaction ends: of two exchanges of one token, the second sees it used. */
  lockRefreshToken(tokenHash: string): Promise<RefreshToken | null> {
    return this.tx.repository(RefreshToken).findOne({ where: { token_hash: tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markRefreshTokenUsed(id: string, at: Date): Promise<void> {
    await this.tx.repository(RefreshToken).update(id, { used_at: at });
  }

  /**
   * The membership the session acts for: the session's chosen restaurant while the user is still a
   * member of it, else the user's first (an owner's own before any other). Null when they have none.
   */
  async actingMembership(userId: string, sessionId: string): Promise<ActingMembership | null> {
    const membership = await this.tx.manager
      .createQueryBuilder()
      .select('m.restaurant_id', 'restaurant_id')
      .addSelect('m.role', 'role')
      .from(RestaurantMembership, 'm')
      .leftJoin(Session, 's', 's.id = :sessionId', { sessionId })
      .where('m.user_id = :userId', { userId })
      .orderBy('(m.restaurant_id = s.restaurant_id) IS TRUE', 'DESC')
      .addOrderBy(`(m.role = 'owner')`, 'DESC')
      .addOrderBy('m.created_at')
      .addOrderBy('m.restaurant_id')
      .limit(1)
      .getRawOne<ActingMembership>();
    return membership ?? null;
  }

  isMember(userId: string, restaurantId: string): Promise<boolean> {
    return this.tx.repository(RestaurantMembership).existsBy({ user_id: userId, restaurant_id: restaurantId });
  }
}
