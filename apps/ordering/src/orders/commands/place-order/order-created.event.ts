import { OrderCreated } from '@platter/contracts';
import { PricedLine } from '../../order-lines';
import { Order } from '../../order.entity';

/** What the fleet learns of a new order; payer_email is the buyer's (the customer's account email, a guest's own). */
export function toOrderCreated(order: Order, lines: PricedLine[], restaurantOwnerId: string, payerEmail: string | null): OrderCreated {
  return {
    order_id: order.id,
    order_number: order.order_number,
    restaurant_id: order.restaurant_id,
    restaurant_owner_id: restaurantOwnerId,
    customer_id: order.customer_id,
    status: order.status,
    items: lines.map((l) => ({
      menu_item_id: l.menu_item_id,
      name: l.name,
      quantity: l.quantity,
      unit_price: l.unit_price,
      notes: l.notes,
      variant_name: l.variant_name,
      modifiers: l.modifiers.map((m) => m.name),
    })),
    subtotal: order.subtotal,
    total_amount: order.total_amount,
    currency: order.currency,
    delivery_type: order.delivery_type,
    payment_method: order.payment_method,
    tax_amount: order.tax_amount,
    delivery_fee: order.delivery_fee,
    service_fee: order.service_fee,
    discount_amount: order.discount_amount,
    commission_rate_bps: order.commission_rate_bps,
    payer_phone: order.payer_phone,
    payer_email: payerEmail,
    payment_due_at: order.payment_due_at?.toISOString() ?? null,
    delivery_code: order.delivery_code,
    delivery_address: order.delivery_address,
  };
}
