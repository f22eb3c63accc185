import { PaymentMethod, PaymentStatus } from '@platter/contracts';

export interface PayableFacts {
  method: PaymentMethod;
  status: PaymentStatus;
  order_cancelled_at: Date | null;
}

export type NotPayableCode = 'PAYMENT_ALREADY_MADE' | 'PAYMENT_ORDER_CANCELLED' | 'PAYMENT_METHOD_MISMATCH' | 'PAYMENT_COLLECTED_BY_HAND';

/**
 * Why a payment cannot be paid through `route` (null when it can), with the code a client acts on:
 * already paid, the order is gone, or the route is not the payment's method (a cash or wallet order
 * has no provider checkout).
 */
export function notPayable(payment: PayableFacts, route: 'campay' | 'noupay' | 'stripe' | 'paymob'): { code: NotPayableCode; message: string } | null {
  if (payment.status === 'succeeded') return { code: 'PAYMENT_ALREADY_MADE', message: 'This payment has already been made' };
  if (payment.status === 'cancelled' || payment.order_cancelled_at) return { code: 'PAYMENT_ORDER_CANCELLED', message: 'The order was cancelled' };
  if (payment.method !== route) return { code: 'PAYMENT_METHOD_MISMATCH', message: `This order is paid by ${payment.method}, not ${route}` };
  if (payment.status === 'awaiting_collection') return { code: 'PAYMENT_COLLECTED_BY_HAND', message: 'This payment is collected by hand' };
  return null;
}

/** The message of `notPayable` alone. */
export function notPayableReason(payment: PayableFacts, route: 'campay' | 'noupay' | 'stripe' | 'paymob'): string | null {
  return notPayable(payment, route)?.message ?? null;
}
