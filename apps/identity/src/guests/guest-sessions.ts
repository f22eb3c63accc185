import { Injectable } from '@nestjs/common';
import { GuestSession } from './guest-session.entity';
import { GuestSessionRepository } from './guest-session.repository';
import { hashGuestToken, isGuestTokenShaped } from './domain/guest-token';

/** guest_sessions by token: only the token's hash is ever looked up or stored. */
@Injectable()
export class GuestSessions {
  constructor(private readonly repository: GuestSessionRepository) {}

  async insert(session: GuestSession): Promise<void> {
    await this.repository.insert(session);
  }

  /** The session the token opens, unless it is unknown or expired (the caller cannot tell which). */
  async findLive(token: unknown, now = new Date()): Promise<GuestSession | null> {
    if (!isGuestTokenShaped(token)) return null;
    const session = await this.repository.findByTokenHash(hashGuestToken(token));
    return session && session.expires_at > now ? session : null;
  }

  /**
   * Marks a live, not yet converted session as become `userId`, in one UPDATE: of two registrations
   * racing with one token, the second waits on the row and then finds it converted. Null when the
   * token is unknown, expired or used.
   */
  async markConverted(token: unknown, userId: string, now = new Date()): Promise<GuestSession | null> {
    if (!isGuestTokenShaped(token)) return null;
    return this.repository.markConverted(hashGuestToken(token), userId, now);
  }
}
