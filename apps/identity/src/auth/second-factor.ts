import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuditLog } from '../audit/audit-log';
import { newBackupCodes, parseSecondFactorCode } from './domain/backup-codes';
import { decodeBase32, encodeBase32 } from './domain/base32';
import { matchTotp } from './domain/totp';
import { SecondFactorRepository } from './second-factor.repository';
import { TwoFactor } from './two-factor.entity';

const SECRET_BYTES = 20; // 160 bits, the HMAC-SHA-1 block recommended by RFC 4226

/** Which codes a use case takes: enabling or regenerating wants proof of the app itself. */
export type AcceptedCodes = 'totp' | 'totp-or-backup-code';

/** TOTP enrolments and backup codes; every method runs inside the caller's tx.run. */
@Injectable()
export class SecondFactor {
  constructor(
    private readonly repository: SecondFactorRepository,
    private readonly audit: AuditLog,
  ) {}

  /** The user's enrolment, locked until the transaction ends so two uses of one code serialise. */
  enrolmentOf(userId: string): Promise<TwoFactor | null> {
    return this.repository.lockEnrolment(userId);
  }

  /** Whether the user has enabled a second factor (no lock: a read). */
  async isEnabled(userId: string): Promise<boolean> {
    const enrolment = await this.repository.findEnrolment(userId);
    return !!enrolment?.enabled_at;
  }

  /** A new secret replacing any pending (not enabled) one. */
  async startEnrolment(userId: string): Promise<string> {
    const secret = encodeBase32(randomBytes(SECRET_BYTES), { padding: false });
    await this.repository.upsertPendingSecret(userId, secret);
    return secret;
  }

  /** Spends `code` if it is good: a TOTP step is remembered, a backup code is marked used. */
  async consume(enrolment: TwoFactor, code: unknown, accepted: AcceptedCodes): Promise<boolean> {
    const parsed = parseSecondFactorCode(code);
    if (parsed?.kind === 'totp') {
      const step = matchTotp(decodeBase32(enrolment.secret)!, parsed.code, Date.now(), enrolment.last_used_step);
      if (step === null) return false;
      await this.repository.recordUsedStep(enrolment.user_id, step);
      enrolment.last_used_step = step;
      return true;
    }
    if (parsed?.kind !== 'backup-code' || accepted !== 'totp-or-backup-code') return false;
    if (!(await this.repository.spendBackupCode(enrolment.user_id, parsed.hash))) return false;
    await this.audit.record({ action: 'two-factor.backup-code-used', actorId: enrolment.user_id, target: enrolment.user_id });
    return true;
  }

  /** Ten new backup codes replacing all earlier ones; the plain codes are returned once. */
  async issueBackupCodes(userId: string): Promise<string[]> {
    const { codes, hashes } = newBackupCodes();
    await this.repository.replaceBackupCodes(userId, hashes);
    return codes;
  }

  async remainingBackupCodes(userId: string): Promise<number> {
    return this.repository.countUnusedBackupCodes(userId);
  }

  /** The pending secret, verified by a first good code, turns on. */
  async enable(userId: string): Promise<void> {
    await this.repository.markEnabled(userId, new Date());
  }

  async remove(userId: string): Promise<void> {
    await this.repository.removeAll(userId);
  }
}
