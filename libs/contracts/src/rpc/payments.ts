import { PaymentMethod } from '../events';

export type PaymentStatus = 'pending' | 'awaiting_collection';

export interface ListPaymentsData {
  order_id?: string;
}

export interface PaymentView {
  id: string;
  order_id: string;
  restaurant_id: string;
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
