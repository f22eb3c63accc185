import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { GuestSession } from './guest-session.entity';

/** The guest_sessions table, looked up by the token's hash (the token itself is never stored). */
@Injectable()
export class GuestSessionRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(session: GuestSession): Promise<void> {
    await this.tx.repository(GuestSession).insert(session);
  }

  findByTokenHash(tokenHash: string): Promise<GuestSession | null> {
    return this.tx.repository(GuestSession).findOneBy({ token_hash: tokenHash });
  }

  /**
   * Marks the live, not yet converted session with this token hash as become `userId`, in one UPDATE:
   * of two conversions racing, the second waits on the row and then finds it converted. Null when
   * there is no such session.
   */
  async markConverted(tokenHash: string, userId: string, now: Date): Promise<GuestSession | null> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(GuestSession)
      .set({ converted_user_id: userId, converted_at: now })
      .where('token_hash = :tokenHash AND converted_user_id IS NULL AND expires_at > :now', { tokenHash, now })
      .returning('id')
      .updateEntity(false)
      .execute();
    const [converted] = result.raw as { id: string }[];
    if (!converted) return null;
    return this.tx.repository(GuestSession).findOneByOrFail({ id: converted.id });
  }

  /** Forgets how to reach the guest who became this account: the sessions' name, phone and email. */
  async forgetContactOfConverted(userId: string): Promise<void> {
    await this.tx.repository(GuestSession).update({ converted_user_id: userId }, { name: null, phone: null, email: null });
  }
}
