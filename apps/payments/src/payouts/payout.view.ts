import { PayoutView } from '@platter/contracts';

export function toPayoutView(r: Record<string, unknown>): PayoutView {
  return {
    id: r.id as string,
    payee_type: r.payee_type as PayoutView['payee_type'],
    payee_id: r.payee_id as string,
    amount: Number(r.amount),
    currency: r.currency as string,
    status: r.status as PayoutView['status'],
    phone: (r.phone as string | null) ?? null,
    reference: (r.reference as string | null) ?? null,
    failure_reason: (r.failure_reason as string | null) ?? null,
    records_count: Number(r.records_count ?? 0),
    created_at: (r.created_at as Date).toISOString(),
    decided_at: r.decided_at ? (r.decided_at as Date).toISOString() : null,
  };
}
