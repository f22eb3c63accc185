import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuthResult, PhoneOtpSignInData, UserStatus } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { normalizePhone } from '../../../auth/domain/phone-number';
import { LoginAttempts } from '../../../auth/login-attempts';
import { SecondFactor } from '../../../auth/second-factor';
import { SessionTokens } from '../../../auth/session-tokens';
import { IdentityException } from '../../../identity.exception';
import { toPublicUser } from '../../../users/public-user';
import { User } from '../../../users/user.entity';
import { phoneLookups } from '../../../users/user-pii';
import { checkOtp } from '../../domain/phone-otp';
import { PhoneOtp } from '../../phone-otp.entity';

type Outcome = { granted: AuthResult } | { rejected: 'invalid' | 'totp-required' | 'invalid-totp' } | { rejected: 'disabled'; status: UserStatus };

/**
 * Phone + texted code → a session, as a password login would give. A wrong code counts against
 * the code (burned after 5) and against the account's lockout like a wrong password; unknown
 * numbers, wrong, spent and expired codes and locked accounts all get one answer. With 2FA on,
 * the code is only the first factor.
 */
@Injectable()
export class SignInWithPhoneOtpService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly sessions: SessionTokens,
    private readonly attempts: LoginAttempts,
    private readonly secondFactor: SecondFactor,
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
    const user = await this.tx.repository(User).findOneBy({ phone_lookup: In(phoneLookups(phone)) });
    if (!user || (await this.attempts.isLocked(user.id))) return { rejected: 'invalid' };
    const otps = this.tx.repository(PhoneOtp);
    const otp = await otps.findOne({ where: { user_id: user.id }, order: { created_at: 'DESC' }, lock: { mode: 'pessimistic_write' } });
    const check = otp ? checkOtp(otp, code, new Date()) : 'unusable';
    if (check !== 'accepted') {
      if (otp && check !== 'unusable') {
        await otps.update(otp.id, { attempts: otp.attempts + 1, ...(check === 'wrong-and-burned' ? { used_at: new Date() } : {}) });
        await this.attempts.recordFailure(user.id);
      }
      await this.audit.record({ action: 'login.failed', actorId: user.id, target: user.id, detail: `phone code ${check}` });
      return { rejected: 'invalid' };
    }
    if (user.status !== 'active') return { rejected: 'disabled', status: user.status };
    const enrolment = await this.secondFactor.enrolmentOf(user.id);
    if (enrolment?.enabled_at) {
      // The texted code stays unspent until the second factor is given too.
      if (!totpCode) return { rejected: 'totp-required' };
      if (!(await this.secondFactor.consume(enrolment, totpCode, 'totp-or-backup-code'))) {
        await this.audit.record({ action: 'login.second-factor-failed', actorId: user.id, target: user.id });
        await this.attempts.recordFailure(user.id);
        return { rejected: 'invalid-totp' };
      }
    }
    await otps.update(otp!.id, { used_at: new Date() });
    await this.attempts.reset(user.id);
    const tokens = await this.sessions.openSession(user);
    await this.audit.record({ action: 'login.succeeded', actorId: user.id, target: user.id, detail: 'phone code' });
    return { granted: { user: toPublicUser(user), tokens } };
  }
}
