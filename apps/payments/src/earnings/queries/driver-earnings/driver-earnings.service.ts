import { Inject, Injectable } from '@nestjs/common';
import { DriverEarningView, DriverEarningsSummary } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentsConfig } from '../../../payments.config';
import { PayoutsService } from '../../../payouts/payouts.service';

/** A driver's earnings per delivery (from settled orders) and their summary. */
@Injectable()
export class EarningsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly payouts: PayoutsService,
    @Inject(PaymentsConfig) private readonly config: PaymentsConfig,
  ) {}

  async list(driverId: string, page: number, limit: number): Promise<{ items: DriverEarningView[]; total: number }> {
    const rows = await this.tx.manager.query(
      `SELECT *, count(*) OVER () AS total FROM driver_earnings WHERE driver_id = $1 ORDER BY earned_at DESC, id LIMIT $2 OFFSET $3`,
      [driverId, limit, (page - 1) * limit],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page > 1) total = (await this.tx.manager.query(`SELECT count(*)::int AS n FROM driver_earnings WHERE driver_id = $1`, [driverId]))[0].n;
    return {
      total,
      items: rows.map((r: Record<string, unknown>) => ({
        order_id: r.order_id as string,
        order_number: r.order_number as string,
        delivery_fee: Number(r.delivery_fee),
        amount: Number(r.amount),
        cash_collected: Number(r.cash_collected),
        currency: r.currency as string,
        earned_at: (r.earned_at as Date).toISOString(),
      })),
    };
  }

  /** Today, this week (from Monday) and this month in EARNINGS_TIME_ZONE, all time, and what can be paid out. */
  async summary(driverId: string, currency?: string): Promise<DriverEarningsSummary> {
    const c = currency ?? this.config.WALLET_DEFAULT_CURRENCY;
    const tz = this.config.EARNINGS_TIME_ZONE;
    const [sums] = await this.tx.manager.query(
      `WITH local AS (SELECT (now() AT TIME ZONE $3) AS t)
       SELECT
         COALESCE(SUM(amount) FILTER (WHERE earned_at >= (date_trunc('day', (SELECT t FROM local)) AT TIME ZONE $3)), 0)::bigint AS today,
         COALESCE(SUM(amount) FILTER (WHERE earned_at >= (date_trunc('week', (SELECT t FROM local)) AT TIME ZONE $3)), 0)::bigint AS week,
         COALESCE(SUM(amount) FILTER (WHERE earned_at >= (date_trunc('month', (SELECT t FROM local)) AT TIME ZONE $3)), 0)::bigint AS month,
         COALESCE(SUM(amount), 0)::bigint AS total,
         count(*)::int AS deliveries
       FROM driver_earnings WHERE driver_id = $1 AND currency = $2`,
      [driverId, c, tz],
    );
    const [pending] = await this.tx.manager.query(
      `SELECT COALESCE(SUM(amount), 0)::bigint AS n FROM payouts WHERE payee_type = 'driver' AND payee_id = $1 AND currency = $2 AND status = 'pending'`,
      [driverId, c],
    );
    const balance = await this.payouts.driverBalance(driverId, c);
    return {
      currency: c,
      today: Number(sums.today),
      week: Number(sums.week),
      month: Number(sums.month),
      total: Number(sums.total),
      deliveries: sums.deliveries,
      available_balance: balance.available,
      cash_held: Math.max(0, -balance.cash),
      pending_payouts: Number(pending.n),
    };
  }
}
