import { Injectable } from '@nestjs/common';
import { AuthResult, LoginData } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { toPublicUser } from '../../../users/public-user';
import { User } from '../../../users/user.entity';
import { UserRepository } from '../../../users/user.repository';
import { PasswordHasher } from '../../domain/password-hasher';
import { normalizeEmail } from '../../domain/registration-rules';
import { LoginAttempts } from '../../login-attempts';
import { SignInGate, SignInRefusal } from '../../sign-in-gate';
import { SessionTokens } from '../../session-tokens';

type Outcome = { granted: AuthResult } | { rejected: SignInRefusal };

/**
 * Email + password (+ a TOTP or backup code when 2FA is on) → a new session. Wrong passwords in a row
 * lock the account for a while, for the address they came from (see LoginAttempts); a locked account, an unknown email and a wrong password get the same
 * answer after the same Argon2 work, so none of them tells whether the email has an account.
 */
@Injectable()
export class LogInService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionTokens,
    private readonly audit: AuditLog,
    private readonly gate: SignInGate,
    private readonly attempts: LoginAttempts,
  ) {}

  async logIn(data: LoginData): Promise<AuthResult> {
    const email = typeof data.email === 'string' ? normalizeEmail(data.email) : '';
    const password = typeof data.password === 'string' ? data.password : '';
    const user = email ? await this.users.findByEmail(email) : null;
    // An unknown email costs the same Argon2 verification as a wrong password.
    const passwordOk = user?.password_hash ? await this.hasher.verify(user.password_hash, password) : await this.hasher.verifyNothing(password);
    if (!user) {
      await this.audit.record({ action: 'login.failed', actorId: null, target: email || null });
      throw IdentityException.invalidCredentials();
    }
    const source = typeof data.client?.ip === 'string' ? data.client.ip : null;
    // While locked (from this address or account-wide) even the right password is refused and nothing
    // is counted, so an attacker who keeps trying does not extend the lock.
    const locked = await this.attempts.isLocked(user.id, source);
    if (locked || !passwordOk) {
      await this.refuse(user, email, !locked, source);
      throw IdentityException.invalidCredentials();
    }
    // Told only to whoever knows the password.
    if (user.status !== 'active') {
      await this.audit.record({ action: 'login.blocked', actorId: user.id, target: user.id });
      throw IdentityException.accountDisabled(user.status);
    }
    const rehashed = this.hasher.isOutdated(user.password_hash!) ? await this.hasher.hash(password) : null;
    // Rejections are thrown after commit, so their audit entries stay.
    const outcome = await this.tx.run(async (): Promise<Outcome> => {
      const rejected = await this.gate.check(user, data.totp_code, null, source);
      if (rejected) return { rejected };
      await this.attempts.recordSuccess(user.id, source);
      if (rehashed) await this.users.updateColumns(user.id, { password_hash: rehashed });
      const tokens = await this.sessions.openSession(user);
      await this.audit.record({ action: 'login.succeeded', actorId: user.id, target: user.id });
      return { granted: { user: toPublicUser(user), tokens } };
    });
    if ('granted' in outcome) return outcome.granted;
    if (outcome.rejected === 'locked') throw IdentityException.invalidCredentials();
    throw outcome.rejected === 'totp-required' ? IdentityException.totpRequired() : IdentityException.invalidTotp();
  }

  /** Audited with the reason; a counted failure may lock the account (audited once, by the failure that locked it). */
  private async refuse(user: User, email: string, countFailure: boolean, source: string | null): Promise<void> {
    await this.tx.run(async () => {
      await this.audit.record({ action: 'login.failed', actorId: user.id, target: email, detail: countFailure ? null : 'account locked' });
      if (countFailure) await this.attempts.recordFailure(user.id, source);
    });
  }
}
