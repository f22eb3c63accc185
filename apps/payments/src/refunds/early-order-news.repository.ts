import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';

/** What payments can hear of an order before its order.created. */
export type EarlyOrderStatus = 'cancelled' | 'completed';

/**
 * News of orders payments has no payment for yet (early_order_news). Both the event that brings the
 * news and order.created take the order's advisory lock first, so they cannot miss each other.
 */
@Injectable()
export class EarlyOrderNewsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Serializes everything done for one order until the transaction ends. */
  async lockOrder(orderId: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('payments:order:' || $1))`, [orderId]);
  }

  async keep(orderId: string, status: EarlyOrderStatus, seenAt: Date): Promise<void> {
    await this.tx.manager.query(`INSERT INTO early_order_news (order_id, status, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [orderId, status, seenAt]);
  }

  /** When the news was heard, or null. */
  async seenAt(orderId: string, status: EarlyOrderStatus): Promise<Date | null> {
    const rows: Array<{ seen_at: Date }> = await this.tx.manager.query(`SELECT seen_at FROM early_order_news WHERE order_id = $1 AND status = $2`, [orderId, status]);
    return rows[0]?.seen_at ?? null;
  }
}
