import { Inject, Injectable } from '@nestjs/common';
import { DriverEarningView, DriverEarningsSummary } from '@platter/contracts';
import { PaymentsConfig } from '../../../payments.config';
import { PayoutRepository } from '../../../payouts/payout.repository';
import { PayoutsService } from '../../../payouts/payouts.service';
import { EarningRepository } from '../../earning.repository';

/** A driver's earnings per delivery (from settled orders) and their summary. */
@Injectable()
export class DriverEarningsService {
  constructor(
    private readonly earnings: EarningRepository,
    private readonly payoutRows: PayoutRepository,
    private readonly payouts: PayoutsService,
    @Inject(PaymentsConfig) private readonly config: PaymentsConfig,
  ) {}

  async list(driverId: string, page: number, limit: number): Promise<{ items: DriverEarningView[]; total: number }> {
    const rows = await this.earnings.page(driverId, page, limit);
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page > 1) total = await this.earnings.count(driverId);
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
    const sums = await this.earnings.sums(driverId, c, tz);
    const pending = await this.payoutRows.pendingDriverTotal(driverId, c);
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
      pending_payouts: pending,
    };
  }
}
