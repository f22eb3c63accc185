import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { PhoneOtpRequested, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { normalizePhone } from '../../../auth/domain/phone-number';
import { LoginAttempts } from '../../../auth/login-attempts';
import { User } from '../../../users/user.entity';
import { phoneLookups } from '../../../users/user-pii';
import { OTP_TTL_SECONDS, hashOtp, newOtpCode } from '../../domain/phone-otp';
import { PhoneOtp } from '../../phone-otp.entity';

/**
 * Texts a sign-in code to an account's phone (000's OTP). The answer is the same whether or not the
 * number has an account, so it tells nobody which numbers are customers; the gateway limits it to
 * 3 a minute per phone number. A new code spends the earlier ones.
 */
@Injectable()
export class RequestPhoneOtpService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly attempts: LoginAttempts,
    private readonly audit: AuditLog,
  ) {}

  async request(data: { phone?: unknown }): Promise<{ sent: true; expires_in: number }> {
    const phone = typeof data.phone === 'string' ? normalizePhone(data.phone) : null;
    if (!phone) throw new ValidationFailedError([{ field: 'phone', message: 'phone must be a valid phone number' }]);
    await this.tx.run(async () => {
      const user = await this.tx.repository(User).findOneBy({ phone_lookup: In(phoneLookups(phone)) });
      if (!user || user.status !== 'active' || (await this.attempts.isLocked(user.id))) return;
      await this.tx.manager.query(`UPDATE phone_otps SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
      const now = new Date();
      const id = randomUUID();
      const code = newOtpCode();
      const expiresAt = new Date(now.getTime() + OTP_TTL_SECONDS * 1000);
      await this.tx.repository(PhoneOtp).insert({ id, user_id: user.id, code_hash: hashOtp(code, id), attempts: 0, expires_at: expiresAt, used_at: null, created_at: now });
      const sms: PhoneOtpRequested = { user_id: user.id, phone, code, expires_at: expiresAt.toISOString() };
      await this.events.publish('user.phone-otp-requested', sms);
      await this.audit.record({ action: 'phone-otp.requested', actorId: user.id, target: user.id });
    });
    return { sent: true, expires_in: OTP_TTL_SECONDS };
  }
}
