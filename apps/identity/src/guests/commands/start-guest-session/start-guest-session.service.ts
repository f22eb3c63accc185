import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { GuestSessionStarted, StartGuestSessionData, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdentityConfig } from '../../../identity.config';
import { checkGuestContact } from '../../domain/guest-contact';
import { guestSessionExpiry, hashGuestToken, newGuestToken } from '../../domain/guest-token';
import { GuestSession } from '../../guest-session.entity';
import { GuestSessions } from '../../guest-sessions';

/** Opens a guest session: the token is returned once, only its hash is kept. */
@Injectable()
export class StartGuestSessionService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly sessions: GuestSessions,
    private readonly config: IdentityConfig,
  ) {}

  async start(data: StartGuestSessionData): Promise<GuestSessionStarted> {
    const { contact, errors } = checkGuestContact(data ?? {});
    if (!contact) throw new ValidationFailedError(errors);
    const token = newGuestToken();
    const now = new Date();
    const session = Object.assign(new GuestSession(), {
      id: randomUUID(),
      token_hash: hashGuestToken(token),
      ...contact,
      expires_at: guestSessionExpiry(now, this.config.GUEST_SESSION_TTL_HOURS),
      converted_user_id: null,
      converted_at: null,
      created_at: now,
    });
    await this.tx.run(() => this.sessions.insert(session));
    return { token, guest_id: session.id, expires_at: session.expires_at.toISOString() };
  }
}
