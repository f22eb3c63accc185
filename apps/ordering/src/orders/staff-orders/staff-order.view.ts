import { DashboardOrderView } from '@platter/contracts';
import { OrderItem } from '../order-item.entity';
import { Order } from '../order.entity';
import { toOrderView } from '../order.view';
import { STAFF_STATUS_OF, staffPaymentStatus } from '../domain/staff-status';

/**
 * An order as a restaurant's dashboard shows it: ordering's order view with the dashboard's statuses,
 * the buyer's contact, how and when it was handed over. The delivery code only in the answer to the
 * staff member who keyed it in.
 */
export function toDashboardOrderView(order: Order, items: OrderItem[], { withDeliveryCode = false } = {}): DashboardOrderView {
  const hasContact = order.guest_name || order.guest_phone || order.guest_email;
  return {
    ...toOrderView(order, items, withDeliveryCode ? 'buyer' : 'other'),
    staff_status: STAFF_STATUS_OF[order.status],
    staff_payment_status: staffPaymentStatus(order.payment_status),
    // Orders from the client apps and guests were placed online.
    order_type: order.order_type ?? 'online',
    source: order.source,
    contact: hasContact ? { name: order.guest_name, email: order.guest_email, phone: order.guest_phone } : null,
    // Handed over: delivered to the door, or at the counter or table (completed follows delivery at once).
    delivered_at: (order.completed_at ?? (order.status === 'delivered' ? order.updated_at : null))?.toISOString() ?? null,
  };
}

/** Views of several orders from their items (all of them, in any order). */
export function toDashboardOrderViews(orders: Order[], items: OrderItem[]): DashboardOrderView[] {
  return orders.map((o) => toDashboardOrderView(o, items.filter((i) => i.order_id === o.id)));
}
