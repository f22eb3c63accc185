import { Injectable } from '@nestjs/common';
import { ValidationFailedError, normalizePhone } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { LoginAttempts } from '../../../auth/login-attempts';
import { UserRepository } from '../../../users/user.repository';
import { OTP_TTL_SECONDS } from '../../domain/phone-otp';
import { PhoneCodes } from '../../phone-codes';

/**
 * Texts a sign-in code to an account's verified phone. The answer is the same whether
 * or not the number has an account (or a verified one), so it tells nobody which numbers are
 * customers; the gateway limits it to 3 a minute per number, and an account gets at most one text
 * a minute.
 */
@Injectable()
export class RequestPhoneOtpService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly codes: PhoneCodes,
    private readonly attempts: LoginAttempts,
  ) {}

  async request(data: { phone?: unknown }): Promise<{ sent: true; expires_in: number }> {
    const phone = typeof data.phone === 'string' ? normalizePhone(data.phone) : null;
    if (!phone) throw new ValidationFailedError([{ field: 'phone', message: 'phone must be a valid phone number' }]);
    await this.tx.run(async () => {
      const user = await this.users.findByPhone(phone);
      // A number nobody proved to be theirs signs nobody in: a typo or a recycled number would hand the account over.
      if (!user || !user.phone_verified_at || user.status !== 'active' || (await this.attempts.isLocked(user.id))) return;
      await this.codes.issue(user, phone, 'sign_in');
    });
    return { sent: true, expires_in: OTP_TTL_SECONDS };
  }
}
