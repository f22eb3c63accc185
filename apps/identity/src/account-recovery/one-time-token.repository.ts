import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { OneTimeTokenPurpose } from './domain/one-time-token';
import { OneTimeToken } from './one-time-token.entity';

/** The one_time_tokens table: emailed single-use tokens, by their SHA-256. */
@Injectable()
export class OneTimeTokenRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(token: Omit<OneTimeToken, 'created_at'>): Promise<void> {
    await this.tx.repository(OneTimeToken).insert(token);
  }

  /**
   * Spends the live token with this hash and answers whose it was, or null. One conditional UPDATE:
   * of two uses racing, PostgreSQL re-checks `used_at IS NULL` for the second after the first
   * commits, so exactly one wins.
   */
  async spendLive(tokenHash: string, purpose: OneTimeTokenPurpose): Promise<string | null> {
    const result = await this.tx
      .repository(OneTimeToken)
      .createQueryBuilder()
      .update()
      .set({ used_at: () => 'now()' })
      .where('token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND expires_at > now()', { tokenHash, purpose })
      .returning('user_id')
      .execute();
    const rows = result.raw as { user_id: string }[];
    return rows[0]?.user_id ?? null;
  }

  /** Whose live token this hash is, without spending it. */
  async ownerOfLive(tokenHash: string, purpose: OneTimeTokenPurpose): Promise<string | null> {
    const row = await this.tx
      .repository(OneTimeToken)
      .createQueryBuilder('t')
      .select('t.user_id', 'user_id')
      .where('t.token_hash = :tokenHash AND t.purpose = :purpose AND t.used_at IS NULL AND t.expires_at > now()', { tokenHash, purpose })
      .getRawOne<{ user_id: string }>();
    return row?.user_id ?? null;
  }

  /** Whether the user holds an unused token of `purpose` that has not expired, by the database's clock like spendLive. */
  existsLive(userId: string, purpose: OneTimeTokenPurpose): Promise<boolean> {
    return this.tx
      .repository(OneTimeToken)
      .createQueryBuilder('t')
      .where('t.user_id = :userId AND t.purpose = :purpose AND t.used_at IS NULL AND t.expires_at > now()', { userId, purpose })
      .getExists();
  }

  async deleteUnused(userId: string, purpose: OneTimeTokenPurpose): Promise<void> {
    await this.tx.repository(OneTimeToken).delete({ user_id: userId, purpose, used_at: IsNull() });
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.tx.repository(OneTimeToken).delete({ user_id: userId });
  }
}
