import { Injectable } from '@nestjs/common';
import { AuditLog } from '../audit/audit-log';
import { SecondFactor } from '../auth/second-factor';
import { SessionTokens } from '../auth/session-tokens';
import { UserIdentityRepository } from '../oidc/user-identity.repository';
import { PhoneCodeRepository } from '../phone-sign-in/phone-code.repository';
import { User } from './user.entity';
import { UserRepository } from './user.repository';

/**
 * An account whose email was never verified meets the address's proven owner (a password-reset
 * link, or Google/Apple vouching for the email). Whoever opened it may not be that owner: it may
 * have been opened to wait for them (pre-account takeover). The owner gets it without anything its
 * opener could still hold: password, sessions, second factor, phone (texted-code sign-in), linked
 * Google/Apple identities, pending codes. Call inside tx.run.
 */
@Injectable()
export class UnverifiedAccountClaim {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionTokens,
    private readonly secondFactor: SecondFactor,
    private readonly identities: UserIdentityRepository,
    private readonly phoneCodes: PhoneCodeRepository,
    private readonly audit: AuditLog,
  ) {}

  async claim(user: User, how: string): Promise<void> {
    const cleared = { password_hash: null, phone: null, phone_lookup: null, phone_verified_at: null, failed_login_count: 0, locked_until: null };
    await this.users.updateColumns(user.id, cleared);
    Object.assign(user, cleared);
    await this.sessions.revokeAllOf(user.id, 'unverified-account-claimed');
    await this.secondFactor.remove(user.id);
    await this.identities.deleteAllOf(user.id);
    await this.phoneCodes.deleteAllOf(user.id);
    await this.audit.record({ action: 'account.unverified-claimed', actorId: user.id, target: user.id, detail: how });
  }
}
