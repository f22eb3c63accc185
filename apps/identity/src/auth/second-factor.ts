import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../audit/audit-log';
import { newBackupCodes, parseSecondFactorCode } from './domain/backup-codes';
import { decodeBase32, encodeBase32 } from './domain/base32';
import { matchTotp } from './domain/totp';
import { BackupCode } from './backup-code.entity';
import { TwoFactor } from './two-factor.entity';

const SECRET_BYTES = 20; // 160 bits, the HMAC-SHA-1 block recommended by RFC 4226

/** Which codes a use case takes: enabling or regenerating wants proof of the app itself. */
export type AcceptedCodes = 'totp' | 'totp-or-backup-code';

/** TOTP enrolments and backup codes; every method runs inside the caller's tx.run. */
@Injectable()
export class SecondFactor {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditLog,
  ) {}

  /** The user's enrolment, locked until the transaction ends so two uses of one code serialise. */
  enrolmentOf(userId: string): Promise<TwoFactor | null> {
    return this.tx.repository(TwoFactor).findOne({ where: { user_id: userId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether the user has enabled a second factor (no lock: a read). */
  async isEnabled(userId: string): Promise<boolean> {
    const enrolment = await this.tx.repository(TwoFactor).findOneBy({ user_id: userId });
    return !!enrolment?.enabled_at;
  }

  /** A new secret replacing any pending (not enabled) one. */
  async startEnrolment(userId: string): Promise<string> {
    const secret = encodeBase32(randomBytes(SECRET_BYTES), { padding: false });
    await this.tx.manager.query(
      `INSERT INTO two_factor (user_id, secret) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, last_used_step = NULL, created_at = now()`,
      [userId, secret],
    );
    return secret;
  }

  /** Spends `code` if it is good: a TOTP step is remembered, a backup code is marked used. */
  async consume(enrolment: TwoFactor, code: unknown, accepted: AcceptedCodes): Promise<boolean> {
    const parsed = parseSecondFactorCode(code);
    if (parsed?.kind === 'totp') {
      const step = matchTotp(decodeBase32(enrolment.secret)!, parsed.code, Date.now(), enrolment.last_used_step);
      if (step === null) return false;
      await this.tx.repository(TwoFactor).update(enrolment.user_id, { last_used_step: step });
      enrolment.last_used_step = step;
      return true;
    }
    if (parsed?.kind !== 'backup-code' || accepted !== 'totp-or-backup-code') return false;
    const [, spent] = (await this.tx.manager.query(
      `UPDATE backup_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
      [enrolment.user_id, parsed.hash],
    )) as [unknown[], number];
    if (spent !== 1) return false;
    await this.audit.record({ action: 'two-factor.backup-code-used', actorId: enrolment.user_id, target: enrolment.user_id });
    return true;
  }

  /** Ten new backup codes replacing all earlier ones; the plain codes are returned once. */
  async issueBackupCodes(userId: string): Promise<string[]> {
    const { codes, hashes } = newBackupCodes();
    await this.tx.repository(BackupCode).delete({ user_id: userId });
    await this.tx.repository(BackupCode).insert(hashes.map((code_hash) => ({ id: randomUUID(), user_id: userId, code_hash, used_at: null })));
    return codes;
  }

  async remainingBackupCodes(userId: string): Promise<number> {
    return this.tx.repository(BackupCode).countBy({ user_id: userId, used_at: IsNull() });
  }

  async remove(userId: string): Promise<void> {
    await this.tx.repository(BackupCode).delete({ user_id: userId });
    await this.tx.repository(TwoFactor).delete({ user_id: userId });
  }
}
