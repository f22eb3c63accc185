import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PhoneOtpRequested } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { AuditLog } from '../audit/audit-log';
import { IdentityConfig } from '../identity.config';
import { User } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { OTP_TTL_SECONDS, OtpCheck, checkOtp, hashOtp, newOtpCode } from './domain/phone-otp';
import { PhoneCodeRepository } from './phone-code.repository';
import { PhoneOtpPurpose } from './phone-otp.entity';

/** Texted codes of one account, for signing in or for proving its phone; call inside tx.run. */
@Injectable()
export class PhoneCodes {
  constructor(
    private readonly codes: PhoneCodeRepository,
    private readonly users: UserRepository,
    private readonly events: EventPublisher,
    private readonly audit: AuditLog,
    private readonly config: IdentityConfig,
  ) {}

  /**
   * Texts a new code (spending the account's earlier ones), unless one went out within the cooldown
   * (PHONE_CODE_COOLDOWN_SECONDS, a minute): one text per account per minute, whatever asks, bounds
   * what anyone can make us send to a phone (SMS bombing, SMS pumping). True when a code went out.
   */
  async issue(user: User, phone: string, purpose: PhoneOtpPurpose): Promise<boolean> {
    // Serialises an account's requests, so two at once cannot both pass the cooldown.
    await this.users.lockAccount(user.id);
    if (await this.codes.sentWithin(user.id, this.config.PHONE_CODE_COOLDOWN_SECONDS)) return false;
    await this.codes.spendUnused(user.id);
    const now = new Date();
    const id = randomUUID();
    const code = newOtpCode();
    const expiresAt = new Date(now.getTime() + OTP_TTL_SECONDS * 1000);
    await this.codes.insert({ id, user_id: user.id, purpose, code_hash: hashOtp(code, id), attempts: 0, expires_at: expiresAt, used_at: null, created_at: now });
    const sms: PhoneOtpRequested = { user_id: user.id, phone, code, expires_at: expiresAt.toISOString() };
    await this.events.publish('user.phone-otp-requested', sms);
    await this.audit.record({ action: 'phone-otp.requested', actorId: user.id, target: user.id, detail: purpose });
    return true;
  }

  /**
   * Tries a guess against the account's newest code of this purpose, locked so concurrent guesses
   * queue: a wrong one is counted and the fifth burns the code; a right one is left for the caller
   * to spend once nothing else stands in the way (a second factor, say).
   */
  async guess(userId: string, purpose: PhoneOtpPurpose, code: string): Promise<{ check: OtpCheck; otpId: string | null }> {
    const otp = await this.codes.newestForUpdate(userId);
    if (!otp || otp.purpose !== purpose) return { check: 'unusable', otpId: null };
    const check = checkOtp(otp, code, new Date());
    if (check === 'wrong') await this.codes.updateColumns(otp.id, { attempts: otp.attempts + 1 });
    if (check === 'wrong-and-burned') await this.codes.updateColumns(otp.id, { attempts: otp.attempts + 1, used_at: new Date() });
    return { check, otpId: otp.id };
  }

  /** A right code is used once. */
  async spend(otpId: string): Promise<void> {
    await this.codes.updateColumns(otpId, { used_at: new Date() });
  }
}
