import { Injectable } from '@nestjs/common';
import { type QueryDeepPartialEntity } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { PhoneOtp } from './phone-otp.entity';

/** The phone_otps table: texted codes, by the account they were sent for. */
@Injectable()
export class PhoneCodeRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Whether a code went out to the account within the last `seconds` (the database's clock). */
  sentWithin(userId: string, seconds: number): Promise<boolean> {
    return this.tx
      .repository(PhoneOtp)
      .createQueryBuilder('o')
      .where('o.user_id = :userId', { userId })
      .andWhere('o.created_at > now() - make_interval(secs => :seconds)', { seconds })
      .getExists();
  }

  /** Marks every unused code of the account used. */
  async spendUnused(userId: string): Promise<void> {
    await this.tx
      .repository(PhoneOtp)
      .createQueryBuilder()
      .update()
      .set({ used_at: () => 'now()' })
      .where('user_id = :userId', { userId })
      .andWhere('used_at IS NULL')
      .execute();
  }

  async insert(code: PhoneOtp): Promise<void> {
    await this.tx.repository(PhoneOtp).insert(code);
  }

  /** The account's newest code, locked so concurrent guesses queue. */
  newestForUpdate(userId: string): Promise<PhoneOtp | null> {
    return this.tx.repository(PhoneOtp).findOne({ where: { user_id: userId }, order: { created_at: 'DESC' }, lock: { mode: 'pessimistic_write' } });
  }

  async updateColumns(id: string, changes: QueryDeepPartialEntity<PhoneOtp>): Promise<void> {
    await this.tx.repository(PhoneOtp).update(id, changes);
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.tx.repository(PhoneOtp).delete({ user_id: userId });
  }
}
