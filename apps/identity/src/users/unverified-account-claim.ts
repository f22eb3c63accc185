import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../audit/audit-log';
import { SessionTokens } from '../auth/session-tokens';
import { User } from './user.entity';

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
    private readonly tx: TransactionHost,
    private readonly sessions: SessionTokens,
    private readonly audit: AuditLog,
  ) {}

  async claim(user: User, how: string): Promise<void> {
    const cleared = { password_hash: null, phone: null, phone_lookup: null, phone_verified_at: null, failed_login_count: 0, locked_until: null };
    await this.tx.repository(User).update(user.id, cleared);
    Object.assign(user, cleared);
    await this.sessions.revokeAllOf(user.id, 'unverified-account-claimed');
    for (const table of ['backup_codes', 'two_factor', 'user_identities', 'phone_otps']) {
      await this.tx.manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [user.id]);
    }
    await this.audit.record({ action: 'account.unverified-claimed', actorId: user.id, target: user.id, detail: how });
  }
}
