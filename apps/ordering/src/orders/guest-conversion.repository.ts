import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';

/** First key of the advisory locks taken per guest (the second is the guest id's hash). */
const GUEST_LOCK_SPACE = 0x67756573; // 'gues'

/**
 * The guest_conversions table (which guest became which customer) and the per-guest advisory lock,
 * in the caller's transaction. Raw SQL: the lock is a function call the builder cannot say, and the
 * table has no entity; the lock and the lookup run when a guest places an order, one statement each.
 */
@Injectable()
export class GuestConversionRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Held until the caller's transaction ends. */
  async lock(guestId: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [GUEST_LOCK_SPACE, guestId]);
  }

  async userOf(guestId: string): Promise<string | null> {
    const rows: Array<{ user_id: string }> = await this.tx.manager.query(`SELECT user_id FROM guest_conversions WHERE guest_id = $1`, [guestId]);
    return rows[0]?.user_id ?? null;
  }

  /** Records the conversion unless the guest already has one (the first one wins). */
  async record(guestId: string, userId: string): Promise<void> {
    await this.tx.manager.query(`INSERT INTO guest_conversions (guest_id, user_id) VALUES ($1, $2) ON CONFLICT (guest_id) DO NOTHING`, [guestId, userId]);
  }
}
