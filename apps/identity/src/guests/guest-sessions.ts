import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { GuestSession } from './guest-session.entity';
import { hashGuestToken, isGuestTokenShaped } from './domain/guest-token';

/** guest_sessions by token: only the token's hash is ever looked up or stored. */
@Injectable()
export class GuestSessions {
  constructor(private readonly tx: TransactionHost) {}

  async insert(session: GuestSession): Promise<void> {
    await this.tx.repository(GuestSession).insert(session);
  }

  /** The session the token opens, unless it is unknown or expired (the caller cannot tell which). */
  async findLive(token: unknown, now = new Date()): Promise<GuestSession | null> {
    if (!isGuestTokenShaped(token)) return null;
    const session = await this.tx.repository(GuestSession).findOneBy({ token_hash: hashGuestToken(token) });
    return session && session.expires_at > now ? session : null;
  }

  /**
   * Marks a live, not yet converted session as become `userId`, in one UPDATE: of two registrations
   * racing with one token, the second waits on the row and then finds it converted. Null when the
   * token is unknown, expired or used.
   */
  async markConverted(token: unknown, userId: string, now = new Date()): Promise<GuestSession | null> {
    if (!isGuestTokenShaped(token)) return null;
    const [rows]: [Array<{ id: string }>, number] = await this.tx.manager.query(
      `UPDATE guest_sessions SET converted_user_id = $2, converted_at = $3
       WHERE token_hash = $1 AND converted_user_id IS NULL AND expires_at > $3
       RETURNING id`,
      [hashGuestToken(token), userId, now],
    );
    if (!rows.length) return null;
    return this.tx.repository(GuestSession).findOneByOrFail({ id: rows[0].id });
  }
}
