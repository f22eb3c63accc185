import { PaymentMethod, PaymentStatus } from '@platter/contracts';

/**
 * Where a new order's payment starts. Cash is collected by hand at the door or the counter;
 * every other method waits for its provider (the wallet is the platform's own).
 */
export function initialPayment(method: PaymentMethod): { provider: string; status: PaymentStatus } {
  if (method === 'cash') return { provider: 'cash', status: 'awaiting_collection' };
  return { provider: method, status: 'pending' };
}
