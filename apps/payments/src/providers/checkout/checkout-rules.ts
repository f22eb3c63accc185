import { PaymentMethod, PaymentStatus } from '@platter/contracts';

export interface PayableFacts {
  method: PaymentMethod;
  status: PaymentStatus;
  order_cancelled_at: Date | null;
}

/**
 * Why a payment cannot be paid through `route` (null when it can): already paid, the order is
 * gone, or the route is not the payment's method (a cash or wallet order has no provider checkout).
 */
export function notPayableReason(payment: PayableFacts, route: 'campay' | 'noupay' | 'stripe' | 'paymob'): string | null {
  if (payment.status === 'succeeded') return 'This payment has already been made';
  if (payment.status === 'cancelled' || payment.order_cancelled_at) return 'The order was cancelled';
  if (payment.method !== route) return `This order is paid by ${payment.method}, not ${route}`;
  if (payment.status === 'awaiting_collection') return 'This payment is collected by hand';
  return null;
}
