import { Injectable } from '@nestjs/common';
import { OrderRefundRequested } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/** The status a kept refund request is filed under: one row per request. */
const REFUND_REQUESTED = 'refund-requested:';

/** What payments can hear of an order before its order.created. */
export type EarlyOrderStatus = 'cancelled' | 'completed';

/** A refund request kept until the money it refunds is captured, with when it was heard. */
export interface KeptRefundRequest {
  request: OrderRefundRequested;
  seenAt: Date;
}

/** The news kept for an order, as order.created takes it: when each was heard (or null), and the refund requests. */
export interface EarlyOrderNews {
  cancelledAt: Date | null;
  completedAt: Date | null;
  refundRequests: KeptRefundRequest[];
}

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

  /** Keeps a refund request until the money it refunds is captured (a redelivery keeps it once). */
  async keepRefundRequest(request: OrderRefundRequested, seenAt: Date = new Date()): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO early_order_news (order_id, status, news, seen_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [request.order_id, REFUND_REQUESTED + request.refund_request_id, JSON.stringify(request), seenAt],
    );
  }

  /** The refund requests kept for the order, removed, in the order they were heard. */
  async takeRefundRequests(orderId: string): Promise<KeptRefundRequest[]> {
    return requestsOf(await this.deleteReturning(`order_id = $1 AND starts_with(status, $2)`, [orderId, REFUND_REQUESTED]));
  }

  /** Everything kept for the order, removed in one statement: the opening payment applies it once. */
  async take(orderId: string): Promise<EarlyOrderNews> {
    const rows = await this.deleteReturning(`order_id = $1`, [orderId]);
    const at = (status: EarlyOrderStatus) => rows.find((r) => r.status === status)?.seen_at ?? null;
    return { cancelledAt: at('cancelled'), completedAt: at('completed'), refundRequests: requestsOf(rows) };
  }

  private async deleteReturning(where: string, params: unknown[]): Promise<NewsRow[]> {
    // TypeORM answers a DELETE's query() as [rows, rowCount].
    const [rows]: [NewsRow[], number] = await this.tx.manager.query(`DELETE FROM early_order_news WHERE ${where} RETURNING status, news, seen_at`, params);
    return rows;
  }
}

interface NewsRow {
  status: string;
  news: OrderRefundRequested | null;
  seen_at: Date;
}

function requestsOf(rows: NewsRow[]): KeptRefundRequest[] {
  return rows
    .filter((r) => r.status.startsWith(REFUND_REQUESTED) && r.news)
    .map((r) => ({ request: r.news!, seenAt: new Date(r.seen_at) }))
    .sort((a, b) => a.seenAt.getTime() - b.seenAt.getTime());
}
