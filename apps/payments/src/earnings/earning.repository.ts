import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';

/** The driver_earnings table (one earning per delivered order). Every statement on it is here. */
@Injectable()
export class EarningRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get manager() {
    return this.tx.manager;
  }

  /** Records the driver's earning for a delivered order, once. */
  async insertOnce(e: { driver_id: string; order_id: string; order_number: string; delivery_fee: number; amount: number; cash_collected: number; currency: string; earned_at: Date }): Promise<void> {
    await this.manager.query(
      `INSERT INTO driver_earnings (id, driver_id, order_id, order_number, delivery_fee, amount, cash_collected, currency, earned_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (order_id) DO NOTHING`,
      [randomUUID(), e.driver_id, e.order_id, e.order_number, e.delivery_fee, e.amount, e.cash_collected, e.currency, e.earned_at],
    );
  }

  /** A page of the driver's earnings, newest first, each row carrying the total count. */
  page(driverId: string, page: number, limit: number): Promise<Array<Record<string, unknown>>> {
    return this.manager.query(
      `SELECT *, count(*) OVER () AS total FROM driver_earnings WHERE driver_id = $1 ORDER BY earned_at DESC, id LIMIT $2 OFFSET $3`,
      [driverId, limit, (page - 1) * limit],
    );
  }

  async count(driverId: string): Promise<number> {
    return (await this.manager.query(`SELECT count(*)::int AS n FROM driver_earnings WHERE driver_id = $1`, [driverId]))[0].n;
  }

  /** Today, this week (from Monday), this month in `timeZone`, in total, and the number of deliveries. */
  async sums(driverId: string, currency: string, timeZone: string): Promise<{ today: string; week: string; month: string; total: string; deliveries: number }> {
    const [sums] = await this.manager.query(
      `WITH local AS (SELECT (now() AT TIME ZONE $3) AS t)
       SELECT
         COALESCE(SUM(amount) FILTER (WHERE earned_at >= (date_trunc('day', (SELECT t FROM local)) AT TIME ZONE $3)), 0)::bigint AS today,
         COALESCE(SUM(amount) FILTER (WHERE earned_at >= (date_trunc('week', (SELECT t FROM local)) AT TIME ZONE $3)), 0)::bigint AS week,
         COALESCE(SUM(amount) FILTER (WHERE earned_at >= (date_trunc('month', (SELECT t FROM local)) AT TIME ZONE $3)), 0)::bigint AS month,
         COALESCE(SUM(amount), 0)::bigint AS total,
         count(*)::int AS deliveries
       FROM driver_earnings WHERE driver_id = $1 AND currency = $2`,
      [driverId, currency, timeZone],
    );
    return sums;
  }
}
