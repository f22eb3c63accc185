import { DeliveryType } from '@platter/contracts';

/** Fee settings, integers in the currency's minor unit; tax in basis points of the subtotal. */
export interface PricingRules {
  /** The fee of the delivery zone serving the address; charged on delivery orders only. */
  deliveryFee: number;
  taxRateBps: number;
  serviceFee: number;
}

export interface OrderTotals {
  subtotal: number;
  tax_amount: number;
  delivery_fee: number;
  service_fee: number;
  total_amount: number;
}

export function lineTotal(unitPrice: number, quantity: number): number {
  assertMinorUnits(unitPrice, 'unit price');
  assertMinorUnits(quantity, 'quantity');
  return unitPrice * quantity;
}

export function subtotalOf(lines: ReadonlyArray<{ unit_price: number; quantity: number }>): number {
  return lines.reduce((sum, l) => sum + lineTotal(l.unit_price, l.quantity), 0);
}

/** Integer arithmetic throughout: tax is rounded half up to the nearest minor unit. */
export function priceOrder(lines: ReadonlyArray<{ unit_price: number; quantity: number }>, deliveryType: DeliveryType, rules: PricingRules): OrderTotals {
  const subtotal = subtotalOf(lines);
  const tax_amount = Math.floor((subtotal * rules.taxRateBps + 5000) / 10000);
  const delivery_fee = deliveryType === 'delivery' ? rules.deliveryFee : 0;
  const service_fee = rules.serviceFee;
  return { subtotal, tax_amount, delivery_fee, service_fee, total_amount: subtotal + tax_amount + delivery_fee + service_fee };
}

function assertMinorUnits(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
}
