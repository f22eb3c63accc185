import { PaymentView } from '@platter/contracts';
import { Payment } from './payment.entity';

export function toPaymentView(p: Payment): PaymentView {
  return {
    id: p.id,
    order_id: p.order_id,
    restaurant_id: p.restaurant_id,
    customer_id: p.customer_id,
    method: p.method,
    provider: p.provider,
    amount: p.amount,
    currency: p.currency,
    status: p.status,
    created_at: new Date(p.created_at).toISOString(),
    updated_at: new Date(p.updated_at).toISOString(),
  };
}
