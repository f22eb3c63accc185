export type DeliveryStatus = 'awaiting_pickup_ready' | 'cancelled';

export interface ListDeliveriesData {
  order_id?: string;
}

export interface DeliveryView {
  id: string;
  order_id: string;
  restaurant_id: string;
  customer_id: string | null;
  status: DeliveryStatus;
  created_at: string;
  updated_at: string;
}
