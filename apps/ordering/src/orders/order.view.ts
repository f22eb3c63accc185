import { OrderView } from '@platter/contracts';
import { OrderItem } from './order-item.entity';
import { Order } from './order.entity';
import { OrderRepository } from './order.repository';

/**
 * Who is looking: the buyer (the customer, or the guest with their tracking token) sees the
 * delivery code they give the driver; the restaurant, admins and everyone else never do.
 */
export type OrderAudience = 'buyer' | 'other';

export function toOrderView(order: Order, items: OrderItem[], audience: OrderAudience = 'other'): OrderView {
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
        variant_name: i.variant_name ?? null,
        modifiers: (i.modifiers ?? []).map((m) => m.name),
      })),
    subtotal: order.subtotal,
    tax_amount: order.tax_amount,
    delivery_fee: order.delivery_fee,
    service_fee: order.service_fee,
    discount_amount: order.discount_amount,
    coupon_code: order.coupon_code,
    loyalty_points_redeemed: order.loyalty_points_redeemed,
    total_amount: order.total_amount,
    amount_refunded: order.amount_refunded,
    currency: order.currency,
    delivery_type: order.delivery_type,
    payment_method: order.payment_method,
    payment_status: order.payment_status,
    ...(audience === 'buyer' && order.delivery_code ? { delivery_code: order.delivery_code } : {}),
    driver_id: order.driver_id,
    payment_due_at: order.payment_due_at?.toISOString() ?? null,
    created_at: order.created_at.toISOString(),
    updated_at: order.updated_at.toISOString(),
  };
}

/** Views of several orders with their items, fetched in one query. */
export async function loadOrderViews(repository: OrderRepository, orders: Order[], audience: OrderAudience = 'other'): Promise<OrderView[]> {
  if (!orders.length) return [];
  const items = await repository.itemsOf(orders.map((o) => o.id));
  return orders.map((o) => toOrderView(o, items.filter((i) => i.order_id === o.id), audience));
}
