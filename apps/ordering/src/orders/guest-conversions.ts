import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';

/** First key of the advisory locks taken per guest (the second is the guest id's hash). */
const GUEST_LOCK_SPACE = 0x67756573; // 'gues'

/**
 * Which guests became which customers (from guest.converted). Placing a guest order and applying
 * a conversion take the same per-guest lock, so an order placed while the conversion commits is
 * either seen by the conversion's update or sees the conversion itself.
 */
@Injectable()
export class GuestConversions {
  constructor(private readonly tx: TransactionHost) {}

  /** Held until the caller's transaction ends. */
  async lock(guestId: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [GUEST_LOCK_SPACE, guestId]);
  }

  async convertedUserOf(guestId: string): Promise<string | null> {
    const rows: Array<{ user_id: string }> = await this.tx.manager.query(`SELECT user_id FROM guest_conversions WHERE guest_id = $1`, [guestId]);
    return rows[0]?.user_id ?? null;
  }

  /** Remembers the conversion (the first one wins) and gives the guest's orders to that customer. */
  async apply(guestId: string, userId: string): Promise<number> {
    await this.tx.manager.query(`INSERT INTO guest_conversions (guest_id, user_id) VALUES ($1, $2) ON CONFLICT (guest_id) DO NOTHING`, [guestId, userId]);
    const owner = await this.convertedUserOf(guestId);
    const [rows]: [unknown[], number] = await this.tx.manager.query(
      `UPDATE orders SET customer_id = $2, updated_at = now() WHERE guest_session_id = $1 AND customer_id IS NULL RETURNING id`,
      [guestId, owner],
    );
    return rows.length;
  }
}
