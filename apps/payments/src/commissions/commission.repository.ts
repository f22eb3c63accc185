import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';

export interface NewCommissionRecord {
  order_id: string;
  order_number: string;
  restaurant_id: string;
  order_total: number;
  commission_rate: string;
  platform_fee: number;
  restaurant_share: number;
  tax_amount: number;
  service_fee: number;
  delivery_fee: number;
  amount_paid: number;
  payment_method: string;
  collected_by: string;
  restaurant_net: number;
  currency: string;
  due_date: Date;
  completed_at: Date;
}

/** The commission_records table (one record per completed order). Every statement the service makes on it is here. */
@Injectable()
export class CommissionRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get manager() {
    return this.tx.manager;
  }

  /** Records the order's commission once (status calculated): false when it was recorded before. */
  async insertCalculated(r: NewCommissionRecord): Promise<boolean> {
    const inserted = await this.manager.query(
      `INSERT INTO commission_records (id, order_id, order_number, restaurant_id, order_total, commission_rate, platform_fee, restaurant_share,
         tax_amount, service_fee, delivery_fee, amount_paid, payment_method, collected_by, restaurant_net, status, currency, due_date, completed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'calculated', $16, $17, $18)
       ON CONFLICT (order_id) DO NOTHING RETURNING id`,
      [
        randomUUID(), r.order_id, r.order_number, r.restaurant_id, r.order_total, r.commission_rate, r.platform_fee,
        r.restaurant_share, r.tax_amount, r.service_fee, r.delivery_fee, r.amount_paid, r.payment_method, r.collected_by,
        r.restaurant_net, r.currency, r.due_date, r.completed_at,
      ],
    );
    return inserted.length > 0;
  }

  /** Calculated records due by `asOf`, grouped per restaurant and currency (groups owing nothing left out). */
  dueGroups(asOf: Date): Promise<Array<{ restaurant_id: string; currency: string; amount: string; ids: string[] }>> {
    return this.manager.query(
      `SELECT restaurant_id, currency, SUM(restaurant_net) AS amount, array_agg(id) AS ids
         FROM commission_records WHERE status = 'calculated' AND due_date <= $1
        GROUP BY restaurant_id, currency HAVING SUM(restaurant_net) > 0`,
      [asOf],
    );
  }

  async markProcessed(ids: string[], payoutId: string): Promise<void> {
    await this.manager.query(`UPDATE commission_records SET status = 'processed', payout_id = $1, updated_at = now() WHERE id = ANY($2::uuid[])`, [payoutId, ids]);
  }

  /** The payout's records are paid. */
  async markPaid(payoutId: string): Promise<void> {
    await this.manager.query(`UPDATE commission_records SET status = 'paid', updated_at = now() WHERE payout_id = $1`, [payoutId]);
  }

  /** The payout failed: its records wait for the next run. */
  async release(payoutId: string): Promise<void> {
    await this.manager.query(`UPDATE commission_records SET status = 'calculated', payout_id = NULL, updated_at = now() WHERE payout_id = $1`, [payoutId]);
  }

  /** A page of records (by completion time: from inclusive, to exclusive; one restaurant's) and the totals per currency over all of them. */
  async report(q: { from?: string; to?: string; restaurant_id?: string; page: number; limit: number }): Promise<{ rows: Array<Record<string, unknown>>; totals: Array<Record<string, unknown> & { orders: number }> }> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (q.from) clauses.push(`completed_at >= $${params.push(new Date(q.from))}`);
    if (q.to) clauses.push(`completed_at < $${params.push(new Date(q.to))}`);
    if (q.restaurant_id) clauses.push(`restaurant_id = $${params.push(q.restaurant_id)}`);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = await this.manager.query(
      `SELECT * FROM commission_records ${where} ORDER BY completed_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.limit, (q.page - 1) * q.limit],
    );
    const totals = await this.manager.query(
      `SELECT currency, count(*)::int AS orders, SUM(order_total)::bigint AS order_total, SUM(platform_fee)::bigint AS platform_fee,
              SUM(restaurant_share)::bigint AS restaurant_share
         FROM commission_records ${where} GROUP BY currency ORDER BY currency`,
      params,
    );
    return { rows, totals };
  }
}
