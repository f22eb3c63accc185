import { In } from 'typeorm';
import { OrderView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { OrderItem } from './order-item.entity';
import { Order } from './order.entity';

export function toOrderView(order: Order, items: OrderItem[]): OrderView {
  return {
    id: order.id,
    order_number: order.order_number,
    restaurant_id: order.restaurant_id,
    customer_id: order.customer_id,
    status: order.status,
    items: [...items]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({
        menu_item_id: i.menu_item_id,
        name: i.name,
        quantity: i.quantity,
        unit_price: i.unit_price,
        total_price: i.total_price,
        notes: i.notes,
      })),
    subtotal: order.subtotal,
    tax_amount: order.tax_amount,
    delivery_fee: order.delivery_fee,
    service_fee: order.service_fee,
    total_amount: order.total_amount,
    currency: order.currency,
    delivery_type: order.delivery_type,
    payment_method: order.payment_method,
    payment_status: order.payment_status,
    created_at: order.created_at.toISOString(),
    updated_at: order.updated_at.toISOString(),
  };
}

/** Views of several orders with their items, fetched in one query. */
export async function loadOrderViews(tx: TransactionHost, orders: Order[]): Promise<OrderView[]> {
  if (!orders.length) return [];
  const items = await tx.repository(OrderItem).find({ where: { order_id: In(orders.map((o) => o.id)) } });
  return orders.map((o) => toOrderView(o, items.filter((i) => i.order_id === o.id)));
}
