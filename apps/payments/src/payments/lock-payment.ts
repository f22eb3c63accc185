import { TransactionHost } from '@platter/persistence';
import { Payment } from './payment.entity';

/**
 * The payment, locked FOR UPDATE until the caller's transaction ends, so webhooks, polls, wallet
 * charges, cancellations and refunds of one payment are applied one after the other. Null if unknown.
 */
export async function lockPayment(tx: TransactionHost, key: { id: string } | { order_id: string }): Promise<Payment | null> {
  if (!tx.inTransaction) throw new Error('lockPayment must run inside TransactionHost.run()');
  return tx.repository(Payment).findOne({ where: key, lock: { mode: 'pessimistic_write' } });
}
