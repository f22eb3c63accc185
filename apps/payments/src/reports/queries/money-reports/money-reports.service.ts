import { Injectable } from '@nestjs/common';
import { CommissionRecordView, CommissionsReport, CommissionsReportRequest, PayoutStatus, PayoutsReport, PayoutsRequest } from '@platter/contracts';
import { CommissionRepository } from '../../../commissions/commission.repository';
import { PayoutRepository } from '../../../payouts/payout.repository';
import { PayoutsService } from '../../../payouts/payouts.service';

/** GET /admin/reports/commissions and /admin/reports/payouts: the records and their totals. */
@Injectable()
export class MoneyReportsService {
  constructor(
    private readonly commissionRows: CommissionRepository,
    private readonly payoutRows: PayoutRepository,
    private readonly payouts: PayoutsService,
  ) {}

  async commissions(q: CommissionsReportRequest): Promise<CommissionsReport> {
    const { rows, totals } = await this.commissionRows.report(q);
    const total = totals.reduce((n, t) => n + t.orders, 0);
    return {
      records: rows.map(toCommissionView),
      pagination: { page: q.page, limit: q.limit, total, totalPages: Math.ceil(total / q.limit) },
      totals: totals.map((t: Record<string, unknown>) => ({
        currency: t.currency as string,
        orders: Number(t.orders),
        order_total: Number(t.order_total),
        platform_fee: Number(t.platform_fee),
        restaurant_share: Number(t.restaurant_share),
      })),
    };
  }

  async payoutsReport(q: PayoutsRequest): Promise<PayoutsReport> {
    const { items, total } = await this.payouts.list(q, q.page, q.limit);
    const totals = await this.payoutRows.totals(q);
    return {
      payouts: items,
      pagination: { page: q.page, limit: q.limit, total, totalPages: Math.ceil(total / q.limit) },
      totals: totals.map((t: Record<string, unknown>) => ({
        currency: t.currency as string,
        status: t.status as PayoutStatus,
        payee_type: t.payee_type as 'restaurant' | 'driver',
        count: Number(t.count),
        amount: Number(t.amount),
      })),
    };
  }
}

export function toCommissionView(r: Record<string, unknown>): CommissionRecordView {
  return {
    id: r.id as string,
    order_id: r.order_id as string,
    order_number: r.order_number as string,
    restaurant_id: r.restaurant_id as string,
    order_total: Number(r.order_total),
    commission_rate: Number(r.commission_rate),
    platform_fee: Number(r.platform_fee),
    restaurant_share: Number(r.restaurant_share),
    tax_amount: Number(r.tax_amount),
    service_fee: Number(r.service_fee),
    delivery_fee: Number(r.delivery_fee),
    amount_paid: Number(r.amount_paid),
    payment_method: r.payment_method as string,
    collected_by: r.collected_by as CommissionRecordView['collected_by'],
    restaurant_net: Number(r.restaurant_net),
    status: r.status as CommissionRecordView['status'],
    currency: r.currency as string,
    due_date: (r.due_date as Date).toISOString(),
    completed_at: (r.completed_at as Date).toISOString(),
    payout_id: (r.payout_id as string | null) ?? null,
  };
}
