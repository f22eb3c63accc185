import { PaymentStatus } from '@platter/contracts';

export interface RefundablePayment {
  status: PaymentStatus;
  provider: string;
  amount: number;
  amount_refunded: number;
  customer_id: string | null;
}

export type RefundPlan =
  | { kind: 'refund'; amount: number; destination: 'wallet' | 'provider' }
  /** Nothing was captured or everything is already back: not an error for a cancellation. */
  | { kind: 'nothing'; reason: string }
  /** The request cannot be met (too much, no way to pay it back). */
  | { kind: 'rejected'; reason: string };

/**
 * How much goes back and where. Never more than captured minus already refunded (or reserved by a
 * refund in flight). Wallet payments go back to the wallet; provider payments to the provider unless
 * the admin chose the wallet; collected cash can only go back as wallet credit (to a customer).
 */
export function planRefund(payment: RefundablePayment, ask: { amount: number | null; toWallet: boolean }): RefundPlan {
  if (payment.status !== 'succeeded') return { kind: 'nothing', reason: 'NOT_CAPTURED' };
  const refundable = payment.amount - payment.amount_refunded;
  if (ask.amount !== null && (!Number.isSafeInteger(ask.amount) || ask.amount <= 0)) return { kind: 'rejected', reason: 'INVALID_AMOUNT' };
  if (refundable <= 0) return { kind: 'nothing', reason: 'NOTHING_TO_REFUND' };
  if (ask.amount !== null && ask.amount > refundable) return { kind: 'rejected', reason: 'EXCEEDS_REFUNDABLE' };
  const amount = ask.amount ?? refundable;
  const toWallet = ask.toWallet || payment.provider === 'wallet' || payment.provider === 'cash';
  if (toWallet && !payment.customer_id) return { kind: 'rejected', reason: payment.provider === 'cash' ? 'CASH_REFUND_NEEDS_CUSTOMER' : 'NO_WALLET_FOR_GUEST' };
  return { kind: 'refund', amount, destination: toWallet ? 'wallet' : 'provider' };
}

/**
 * Whether a refund request must wait for a capture payments has not heard of yet. Ordering asks for
 * a refund only of money it saw paid, so a cash payment still awaiting collection means the order's
 * order.completed (the cash handed over) is still on its way: answering now would refuse money that
 * is about to be there. Any other payment answers at once (provider and wallet captures are
 * payments' own news).
 */
export function waitsForCapture(payment: { status: PaymentStatus }): boolean {
  return payment.status === 'awaiting_collection';
}
