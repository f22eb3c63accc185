export type CustomerSegment = 'new' | 'active';

export interface CrmCustomerView {
  id: string;
  email: string | null;
  name: string | null;
  phone: string | null;
  segment: CustomerSegment;
  total_orders: number;
  /** Sum of order totals in the currency's minor unit. */
  total_spent: number;
  last_order_at: string | null;
  created_at: string;
  updated_at: string;
}
