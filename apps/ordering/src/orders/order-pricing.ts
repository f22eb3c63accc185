import { DeliveryType } from '@platter/contracts';
import { OrderingException } from './ordering.exception';

/** Fee settings, integers in the currency's minor unit; tax in basis points of the subtotal. */
export interface PricingRules {
  /** The fee of the delivery zone serving the address; charged on delivery orders only. */
  deliveryFee: number;
  taxRateBps: number;
  serviceFee: number;
}

/** What the buyer takes off: a coupon's discount, loyalty points (1 point = 1 minor unit of XAF), free delivery. */
export interface Discounts {
  coupon: number;
  points: number;
  freeDelivery: boolean;
}

export const NO_DISCOUNTS: Discounts = { coupon: 0, points: 0, freeDelivery: false };

export interface OrderTotals {
  subtotal: number;
  /** Coupon plus points, never more than the subtotal. */
  discount_amount: number;
  tax_amount: number;
  delivery_fee: number;
  service_fee: number;
  total_amount: number;
}

/** 000: 200 points buy a free delivery. */
export const FREE_DELIVERY_POINTS = 200;
/** 000: 100 points = 100 XAF, spent in whole hundreds. */
export const POINTS_STEP = 100;

export function lineTotal(unitPrice: number, quantity: number): number {
  assertMinorUnits(unitPrice, 'unit price');
  assertMinorUnits(quantity, 'quantity');
  return unitPrice * quantity;
}

export function subtotalOf(lines: ReadonlyArray<{ unit_price: number; quantity: number }>): number {
  return lines.reduce((sum, l) => sum + lineTotal(l.unit_price, l.quantity), 0);
}

/**
 * Integer arithmetic throughout, in this order:
 * 1. subtotal = Σ unit price × quantity (unit price = variant or item price + modifier deltas);
 * 2. the coupon's discount comes off the subtotal, then the loyalty points' (together
 *    discount_amount, never more than the subtotal);
 * 3. tax = tax rate × (subtotal − discount), rounded half up to a whole minor unit;
 * 4. the zone's delivery fee (delivery orders; 0 when redeemed as free delivery) and the service fee are added.
 * total = subtotal − discount + tax + delivery fee + service fee.
 */
export function priceOrder(
  lines: ReadonlyArray<{ unit_price: number; quantity: number }>,
  deliveryType: DeliveryType,
  rules: PricingRules,
  discounts: Discounts = NO_DISCOUNTS,
): OrderTotals {
  const subtotal = subtotalOf(lines);
  assertMinorUnits(discounts.coupon, 'coupon discount');
  assertMinorUnits(discounts.points, 'points discount');
  const discount_amount = Math.min(subtotal, discounts.coupon + discounts.points);
  const taxable = subtotal - discount_amount;
  const tax_amount = Math.floor((taxable * rules.taxRateBps + 5000) / 10000);
  const delivery_fee = deliveryType === 'delivery' && !discounts.freeDelivery ? rules.deliveryFee : 0;
  const service_fee = rules.serviceFee;
  return { subtotal, discount_amount, tax_amount, delivery_fee, service_fee, total_amount: taxable + tax_amount + delivery_fee + service_fee };
}

/**
 * Checks a loyalty redemption before the points are taken (422 otherwise): points only on XAF
 * orders (1 point = 1 XAF), in whole hundreds, never more than what is left to pay on the subtotal
 * after the coupon; free delivery only on a delivery order whose delivery is not already free.
 * Returns the points the order spends in all (discount points + 200 for free delivery).
 */
export function checkRedemption(
  request: { points: number; freeDelivery: boolean },
  order: { currency: string; deliveryType: DeliveryType; subtotalAfterCoupon: number; deliveryFee: number },
): number {
  const { points, freeDelivery } = request;
  if (points > 0) {
    if (order.currency !== 'XAF') {
      throw new OrderingException('LOYALTY_CURRENCY_NOT_SUPPORTED', 'Loyalty points can only be spent on orders in XAF (100 points = 100 XAF)');
    }
    if (points % POINTS_STEP !== 0) {
      throw new OrderingException('LOYALTY_POINTS_NOT_IN_HUNDREDS', `Loyalty points are spent in whole hundreds (100 points = 100 XAF), not ${points}`);
    }
    if (points > order.subtotalAfterCoupon) {
      const most = Math.floor(order.subtotalAfterCoupon / POINTS_STEP) * POINTS_STEP;
      throw new OrderingException('LOYALTY_POINTS_ABOVE_LIMIT', `At most ${most} points can be spent on this order (its subtotal after any coupon is ${order.subtotalAfterCoupon} XAF)`);
    }
  }
  if (freeDelivery) {
    if (order.deliveryType !== 'delivery') throw new OrderingException('FREE_DELIVERY_NOT_APPLICABLE', 'Free delivery can only be redeemed on a delivery order');
    if (order.deliveryFee === 0) throw new OrderingException('FREE_DELIVERY_NOT_APPLICABLE', 'Delivery is already free for this order: no points needed');
  }
  return points + (freeDelivery ? FREE_DELIVERY_POINTS : 0);
}

function assertMinorUnits(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
}
