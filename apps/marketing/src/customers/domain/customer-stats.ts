import { CustomerSegment } from '@platter/contracts';

export interface CustomerStats {
  segment: CustomerSegment;
  total_orders: number;
  /** In the currency's minor unit. */
  total_spent: number;
  last_order_at: Date | null;
}

/** A new customer becomes active with their first order; later segments stay as they are. */
export function segmentAfterOrder(current: CustomerSegment): CustomerSegment {
  return current === 'new' ? 'active' : current;
}

/** A customer's stats once one more order counts. Orders may be counted out of order. */
export function statsAfterOrder(stats: CustomerStats, order: { amount: number; orderedAt: Date }): CustomerStats {
  const later = stats.last_order_at === null || order.orderedAt > stats.last_order_at;
  return {
    segment: segmentAfterOrder(stats.segment),
    total_orders: stats.total_orders + 1,
    total_spent: stats.total_spent + order.amount,
    last_order_at: later ? order.orderedAt : stats.last_order_at,
  };
}
