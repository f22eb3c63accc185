import { Injectable } from '@nestjs/common';
import { AuthResult, PhoneOtpSignInData, UserStatus, normalizePhone } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { LoginAttempts } from '../../../auth/login-attempts';
import { SessionTokens } from '../../../auth/session-tokens';
import { SignInGate } from '../../../auth/sign-in-gate';
import { IdentityException } from '../../../identity.exception';
import { toPublicUser } from '../../../users/public-user';
import { UserRepository } from '../../../users/user.repository';
import { PhoneCodes } from '../../phone-codes';

type Outcome = { granted: AuthResult } | { rejected: 'invalid' | 'totp-required' | 'invalid-totp' } | { rejected: 'disabled'; status: UserStatus };

/**
 * Verified phone + texted code → a session, as a password login would give. A wrong code counts
 * against the code (burned after 5) and against the account's lockout like a wrong password;
 * unknown numbers, wrong, spent and expired codes and locked accounts all get one answer. With 2FA
 * on, the code is only the first factor.
 */
@Injectable()
export class SignInWithPhoneOtpService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly sessions: SessionTokens,
    private readonly attempts: LoginAttempts,
    private readonly gate: SignInGate,
    private readonly codes: PhoneCodes,
    private readonly audit: AuditLog,
  ) {}

  async signIn(data: PhoneOtpSignInData): Promise<AuthResult> {
    const phone = typeof data.phone === 'string' ? normalizePhone(data.phone) : null;
    const code = typeof data.code === 'string' ? data.code : '';
    if (!phone) throw IdentityException.invalidPhoneOtp();
    // Rejections are thrown after commit, so counted guesses and their audit entries stay.
    const outcome = await this.tx.run(() => this.attempt(phone, code, data.totp_code));
    if ('granted' in outcome) return outcome.granted;
    if (outcome.rejected === 'disabled') throw IdentityException.accountDisabled(outcome.status);
    if (outcome.rejected === 'totp-required') throw IdentityException.totpRequired();
    if (outcome.rejected === 'invalid-totp') throw IdentityException.invalidTotp();
    throw IdentityException.invalidPhoneOtp();
  }

  private async attempt(phone: string, code: string, totpCode: string | undefined): Promise<Outcome> {
    const user = await this.users.findByPhone(phone);
    if (!user || !user.phone_verified_at || (await this.attempts.isLocked(user.id))) return { rejected: 'invalid' };
    // With 2FA on, the texted code is checked first but spent only once the second factor passes too.
    const { check, otpId } = await this.codes.guess(user.id, 'sign_in', code);
    if (check !== 'accepted') {
      if (check !== 'unusable') await this.attempts.recordFailure(user.id);
      await this.audit.record({ action: 'login.failed', actorId: user.id, target: user.id, detail: `phone code ${check}` });
      return { rejected: 'invalid' };
    }
    if (user.status !== 'active') return { rejected: 'disabled', status: user.status };
    const refused = await this.gate.check(user, totpCode, 'phone code');
    if (refused) return { rejected: refused === 'locked' ? 'invalid' : refused };
    await this.codes.spend(otpId!);
    await this.attempts.reset(user.id);
    const tokens = await this.sessions.openSession(user);
    await this.audit.record({ action: 'login.succeeded', actorId: user.id, target: user.id, detail: 'phone code' });
    return { granted: { user: toPublicUser(user), tokens } };
  }
}
