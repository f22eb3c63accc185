import { In } from 'typeorm';
import { StaffOrderView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { OrderItem } from '../order-item.entity';
import { Order } from '../order.entity';
import { STAFF_STATUS_OF, staffPaymentStatus } from '../domain/staff-status';

/**
 * An order as the restaurant dashboard shows it (camelCase, the dashboard's statuses), with ordering's own status and
 * money breakdown beside. The delivery code only in the answer to the staff member who keyed it in.
 */
export function toStaffOrderView(order: Order, items: OrderItem[], { withDeliveryCode = false } = {}): StaffOrderView {
  const hasContact = order.customer_id || order.guest_name || order.guest_phone || order.guest_email;
  return {
    id: order.id,
    orderNumber: order.order_number,
    restaurantId: order.restaurant_id,
    customer: hasContact ? { id: order.customer_id, name: order.guest_name, email: order.guest_email, phone: order.guest_phone } : null,
    customerId: order.customer_id,
    totalAmount: order.total_amount,
    subtotal: order.subtotal,
    taxAmount: order.tax_amount,
    deliveryFee: order.delivery_fee,
    serviceFee: order.service_fee,
    discountAmount: order.discount_amount,
    currency: order.currency,
    status: STAFF_STATUS_OF[order.status],
    platterStatus: order.status,
    paymentStatus: staffPaymentStatus(order.payment_status),
    paymentMethod: order.payment_method,
    // Orders from the client apps and guests were placed online.
    orderType: order.order_type ?? 'online',
    deliveryType: order.delivery_type,
    source: order.source,
    items: [...items]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({
        productId: i.menu_item_id,
        name: i.name,
        quantity: i.quantity,
        price: i.unit_price,
        totalPrice: i.total_price,
        variantName: i.variant_name ?? null,
        modifiers: (i.modifiers ?? []).map((m) => m.name),
        notes: i.notes,
      })),
    ...(withDeliveryCode && order.delivery_code ? { deliveryCode: order.delivery_code } : {}),
    createdAt: order.created_at.toISOString(),
    updatedAt: order.updated_at.toISOString(),
    // Handed over: delivered to the door, or at the counter or table (completed follows delivery at once).
    deliveredAt: (order.completed_at ?? (order.status === 'delivered' ? order.updated_at : null))?.toISOString() ?? null,
  };
}

export async function loadStaffOrderViews(tx: TransactionHost, orders: Order[]): Promise<StaffOrderView[]> {
  if (!orders.length) return [];
  const items = await tx.repository(OrderItem).find({ where: { order_id: In(orders.map((o) => o.id)) } });
  return orders.map((o) => toStaffOrderView(o, items.filter((i) => i.order_id === o.id)));
}
