import { OrderCreated } from '@platter/contracts';
import { PricedLine } from '../../order-lines';
import { Order } from '../../order.entity';

export function toOrderCreated(order: Order, lines: PricedLine[], restaurantOwnerId: string): OrderCreated {
  return {
    order_id: order.id,
    order_number: order.order_number,
    restaurant_id: order.restaurant_id,
    restaurant_owner_id: restaurantOwnerId,
    customer_id: order.customer_id,
    status: order.status,
    items: lines.map((l) => ({ menu_item_id: l.menu_item_id, name: l.name, quantity: l.quantity, unit_price: l.unit_price, notes: l.notes })),
    subtotal: order.subtotal,
    total_amount: order.total_amount,
    currency: order.currency,
    delivery_type: order.delivery_type,
    payment_method: order.payment_method,
  };
}
