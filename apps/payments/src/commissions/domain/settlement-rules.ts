import { DeliveryType, PaymentMethod } from '@platter/contracts';
import { AccountKey, LedgerLine, platform } from '../../wallet/domain/ledger-rules';

/** What a completed order brings to settle (order.completed's figures, minor units). */
export interface CompletedOrderFigures {
  restaurant_id: string;
  driver_id?: string | null;
  delivery_type: DeliveryType;
  payment_method: PaymentMethod;
  subtotal: number;
  discount_amount: number;
  tax_amount: number;
  delivery_fee: number;
  service_fee: number;
  total_amount: number;
  currency: string;
  commission_rate_bps: number;
}

/** Who has the customer's money at completion: the platform (online, wallet), the driver or the restaurant (cash). */
export type Collector = 'platform' | 'driver' | 'restaurant';

export interface Settlement {
  /**
   * The commission base (the record's order_total): the food subtotal after discounts, without tax,
   * delivery fee or service fee. 25,000 XAF at 15 % → platform_fee 3750, restaurant_share 21250.
   */
  commission_base: number;
  platform_fee: number;
  restaurant_share: number;
  /** What the restaurant receives for the order: its share plus the tax it collected (it remits the tax). */
  restaurant_credit: number;
  /** The driver's earning: DRIVER_DELIVERY_FEE_SHARE_BPS of the delivery fee (delivery orders with a driver). */
  driver_earning: number;
  /** Commission, service fee, the platform's part of the delivery fee (and any rounding gap of the total). */
  platform_revenue: number;
  collector: Collector;
  /** What the platform owes the restaurant for this order once the collector's cash is counted (negative: the restaurant owes). */
  restaurant_net: number;
}

/** Commission in minor units, rounded half up: bps is basis points (1500 = 15 %). */
export function commissionOf(base: number, bps: number): number {
  return Math.floor((base * bps + 5000) / 10000);
}

export function settle(order: CompletedOrderFigures, driverShareBps: number): Settlement {
  const base = Math.max(0, order.subtotal - order.discount_amount);
  const platformFee = commissionOf(base, order.commission_rate_bps);
  const restaurantShare = base - platformFee;
  const hasDriver = order.delivery_type === 'delivery' && !!order.driver_id;
  const driverEarning = hasDriver ? Math.floor((order.delivery_fee * driverShareBps) / 10000) : 0;
  const restaurantCredit = restaurantShare + order.tax_amount;
  // Whatever the total holds beyond the parts (a rounding gap) stays with the platform, so the books balance on the total.
  const platformRevenue = order.total_amount - restaurantCredit - driverEarning;
  const collector: Collector = order.payment_method !== 'cash' ? 'platform' : hasDriver ? 'driver' : 'restaurant';
  return {
    commission_base: base,
    platform_fee: platformFee,
    restaurant_share: restaurantShare,
    restaurant_credit: restaurantCredit,
    driver_earning: driverEarning,
    platform_revenue: platformRevenue,
    collector,
    restaurant_net: collector === 'restaurant' ? restaurantCredit - order.total_amount : restaurantCredit,
  };
}

/**
 * The ledger lines of a settlement. The money comes from escrow (online payments: less what was
 * already refunded, which the platform bears), from the driver's cash or from the restaurant's till.
 */
export function settlementLines(order: CompletedOrderFigures, s: Settlement, alreadyRefunded: number): LedgerLine[] {
  const c = order.currency;
  const restaurant: AccountKey = { kind: 'restaurant_payable', owner: order.restaurant_id, currency: c };
  const lines: LedgerLine[] = [];
  if (s.collector === 'platform') {
    lines.push({ account: platform('order_escrow', c), amount: -(order.total_amount - alreadyRefunded) });
    if (alreadyRefunded) lines.push({ account: platform('platform_expense', c), amount: -alreadyRefunded });
  } else if (s.collector === 'driver') {
    lines.push({ account: { kind: 'driver_cash', owner: order.driver_id!, currency: c }, amount: -order.total_amount });
  } else {
    lines.push({ account: restaurant, amount: -order.total_amount });
  }
  lines.push({ account: restaurant, amount: s.restaurant_credit });
  lines.push({ account: platform('platform_revenue', c), amount: s.platform_revenue });
  if (s.driver_earning) lines.push({ account: { kind: 'driver_payable', owner: order.driver_id!, currency: c }, amount: s.driver_earning });
  return lines;
}

/** A commission record's commission_rate: a decimal fraction (0.1500) from basis points. */
export function rateOf(bps: number): string {
  return (bps / 10000).toFixed(4);
}
