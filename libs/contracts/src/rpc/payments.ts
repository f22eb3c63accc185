import { PaymentMethod } from '../events';

/**
 * pending: waiting for the payer to start (online methods); awaiting_collection: cash, taken at the
 * door or counter; processing: the provider has the request; succeeded: money captured (refunds are
 * counted in amount_refunded); failed: this attempt is over; cancelled: the order went before any money came.
 */
export type PaymentStatus = 'pending' | 'awaiting_collection' | 'processing' | 'succeeded' | 'failed' | 'cancelled';

export interface ListPaymentsData {
  order_id?: string;
}

export interface PaymentView {
  id: string;
  /** Null for a wallet top-up. */
  order_id: string | null;
  restaurant_id: string | null;
  customer_id: string | null;
  method: PaymentMethod;
  /** Who moves the money: the payment method's provider, or 'cash' collected by hand. */
  provider: string;
  /** In the currency's minor unit (XAF has none). */
  amount: number;
  currency: string;
  status: PaymentStatus;
  created_at: string;
  updated_at: string;
}
