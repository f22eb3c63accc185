import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { BackupCode } from './backup-code.entity';
import { TwoFactor } from './two-factor.entity';

/** A user's second factor: the TOTP enrolment (two_factor) and the backup codes (backup_codes). */
@Injectable()
export class SecondFactorRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The enrolment, locked until the transaction ends. */
  lockEnrolment(userId: string): Promise<TwoFactor | null> {
    return this.tx.repository(TwoFactor).findOne({ where: { user_id: userId }, lock: { mode: 'pessimistic_write' } });
  }

  findEnrolment(userId: string): Promise<TwoFactor | null> {
    return this.tx.repository(TwoFactor).findOneBy({ user_id: userId });
  }

  /** Stores a pending secret; one already there is replaced and starts afresh (no step used, created now). */
  async upsertPendingSecret(userId: string, secret: string): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(TwoFactor)
      .values({ user_id: userId, secret, last_used_step: null, created_at: () => 'now()' })
      .orUpdate(['secret', 'last_used_step', 'created_at'], ['user_id'])
      .updateEntity(false)
      .execute();
  }

  async recordUsedStep(userId: string, step: number): Promise<void> {
    await this.tx.repository(TwoFactor).update(userId, { last_used_step: step });
  }

  async markEnabled(userId: string, at: Date): Promise<void> {
    await this.tx.repository(TwoFactor).update(userId, { enabled_at: at });
  }

  /** Marks the unused backup code with this hash used; false when there is none (unknown or spent). */
  async spendBackupCode(userId: string, codeHash: string): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(BackupCode)
      .set({ used_at: () => 'now()' })
      .where('user_id = :userId AND code_hash = :codeHash AND used_at IS NULL', { userId, codeHash })
      .execute();
    return result.affected === 1;
  }

  /** The user's backup codes become exactly these (unused). */
  async replaceBackupCodes(userId: string, codeHashes: string[]): Promise<void> {
    await this.tx.repository(BackupCode).delete({ user_id: userId });
    await this.tx.repository(BackupCode).insert(codeHashes.map((code_hash) => ({ id: randomUUID(), user_id: userId, code_hash, used_at: null })));
  }

  countUnusedBackupCodes(userId: string): Promise<number> {
    return this.tx.repository(BackupCode).countBy({ user_id: userId, used_at: IsNull() });
  }

  /** The enrolment and every backup code go. */
  async removeAll(userId: string): Promise<void> {
    await this.tx.repository(BackupCode).delete({ user_id: userId });
    await this.tx.repository(TwoFactor).delete({ user_id: userId });
  }
}
