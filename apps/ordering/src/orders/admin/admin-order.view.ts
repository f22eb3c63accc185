import { AdminOrderSummary, OrderAuditView, OrderSagaView, OrderStatusHistoryView, OrderView } from '@platter/contracts';
import { OrderStatusHistory } from '../order-status-history.entity';
import { Order } from '../order.entity';
import { OrderAuditEntry } from '../order-audit-entry.entity';
import { SagaTimings, paymentDeadline, refundableAmount } from '../domain/order-deadlines';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Where the order's saga stands at `now`. */
export function sagaViewOf(order: Order, now: Date, timings: SagaTimings): OrderSagaView {
  // An unpaid order's deadline is its payment's until payments was asked to re-check.
  const due = order.status === 'created' && !order.payment_check_requested_at ? paymentDeadline(order, timings) : order.step_due_at;
  return {
    step_due_at: iso(due),
    overdue: due !== null && due.getTime() <= now.getTime(),
    payment_due_at: iso(order.payment_due_at),
    payment_check_requested_at: iso(order.payment_check_requested_at),
    flagged: order.saga_flagged_at !== null,
    flagged_at: iso(order.saga_flagged_at),
    note: order.saga_note,
    payment_provider: order.payment_provider,
    amount_paid: order.amount_paid,
    amount_refunded: order.amount_refunded,
    refundable: refundableAmount(order),
    completed_at: iso(order.completed_at),
    cancelled_at: iso(order.cancelled_at),
  };
}

export function adminSummaryOf(view: OrderView, order: Order, now: Date, timings: SagaTimings): AdminOrderSummary {
  // Admins see the driver; the delivery code stays the buyer's.
  const { delivery_code: _code, ...rest } = view;
  return { ...rest, driver_id: order.driver_id, saga: sagaViewOf(order, now, timings) };
}

export function historyViewOf(rows: OrderStatusHistory[]): OrderStatusHistoryView[] {
  return [...rows]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((r) => ({ from: r.from_status, to: r.to_status, reason: r.reason, actor_id: r.actor_id, at: r.at.toISOString() }));
}

export function auditViewOf(rows: OrderAuditEntry[]): OrderAuditView[] {
  return [...rows]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((r) => ({ action: r.action, actor_id: r.actor_id, detail: r.detail, at: r.at.toISOString() }));
}
