import { DeliveryType, OrderStatus, PaymentMethod } from '../events';

export interface PlaceOrderData {
  restaurant_id: string;
  items: Array<{ menu_item_id: string; quantity: number; notes?: string }>;
  delivery_type: DeliveryType;
  delivery_address?: { address: string; latitude: number; longitude: number };
  payment_method: PaymentMethod;
  /** From the Idempotency-Key header. */
  idempotency_key?: string;
}

export interface OrderItemView {
  menu_item_id: string;
  name: string;
  quantity: number;
  unit_price: number;
  total_price: number;
  notes: string | null;
}

export interface OrderView {
  id: string;
  order_number: string;
  restaurant_id: string;
  customer_id: string | null;
  status: OrderStatus;
  items: OrderItemView[];
  subtotal: number;
  tax_amount: number;
  delivery_fee: number;
  service_fee: number;
  total_amount: number;
  currency: string;
  delivery_type: DeliveryType;
  payment_method: PaymentMethod;
  payment_status: 'pending' | 'completed' | 'failed' | 'refunded';
  created_at: string;
  updated_at: string;
}

export interface OrderTransitionData {
  id: string;
  reason?: string;
}
