import { Injectable } from '@nestjs/common';
import { AuthResult, LoginData } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { toPublicUser } from '../../../users/public-user';
import { User } from '../../../users/user.entity';
import { PasswordHasher } from '../../domain/password-hasher';
import { normalizeEmail } from '../../domain/registration-rules';
import { SessionTokens } from '../../session-tokens';

/** Email + password → a new session. (TOTP comes with 2FA.) */
@Injectable()
export class LogInService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionTokens,
    private readonly audit: AuditLog,
  ) {}

  async logIn(data: LoginData): Promise<AuthResult> {
    const email = typeof data.email === 'string' ? normalizeEmail(data.email) : '';
    const password = typeof data.password === 'string' ? data.password : '';
    const user = email ? await this.tx.repository(User).findOneBy({ email }) : null;
    // An unknown email costs the same Argon2 verification as a wrong password.
    const passwordOk = user?.password_hash ? await this.hasher.verify(user.password_hash, password) : await this.hasher.verifyNothing(password);
    if (!user || !passwordOk) {
      await this.audit.record({ action: 'login.failed', actorId: user?.id ?? null, target: email || null });
      throw IdentityException.invalidCredentials();
    }
    // Told only to whoever knows the password.
    if (user.status !== 'active') {
      await this.audit.record({ action: 'login.blocked', actorId: user.id, target: user.id });
      throw IdentityException.accountDisabled(user.status);
    }
    const rehashed = this.hasher.isOutdated(user.password_hash!) ? await this.hasher.hash(password) : null;
    return this.tx.run(async () => {
      if (rehashed) await this.tx.repository(User).update(user.id, { password_hash: rehashed });
      const tokens = await this.sessions.openSession(user);
      await this.audit.record({ action: 'login.succeeded', actorId: user.id, target: user.id });
      return { user: toPublicUser(user), tokens };
    });
  }
}
