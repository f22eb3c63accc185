import { PlatterError } from '@platter/contracts';
import { checkRedemption, lineTotal, priceOrder, PricingRules } from './order-pricing';

const NO_TAX: PricingRules = { deliveryFee: 1000, taxRateBps: 0, serviceFee: 0 };

describe('order pricing', () => {
  it('adds up unit price × quantity and the flat delivery fee of a delivery order', () => {
    const totals = priceOrder([{ unit_price: 2500, quantity: 2 }, { unit_price: 1500, quantity: 1 }], 'delivery', NO_TAX);
    expect(totals).toEqual({ subtotal: 6500, discount_amount: 0, tax_amount: 0, delivery_fee: 1000, service_fee: 0, total_amount: 7500 });
  });

  it.each(['pickup', 'dine_in'] as const)('charges no delivery fee for %s', (type) => {
    const totals = priceOrder([{ unit_price: 3000, quantity: 1 }], type, NO_TAX);
    expect(totals.delivery_fee).toBe(0);
    expect(totals.total_amount).toBe(3000);
  });

  it('taxes the subtotal in basis points and adds the service fee', () => {
    const totals = priceOrder([{ unit_price: 10000, quantity: 1 }], 'pickup', { deliveryFee: 1000, taxRateBps: 1925, serviceFee: 200 });
    expect(totals).toEqual({ subtotal: 10000, discount_amount: 0, tax_amount: 1925, delivery_fee: 0, service_fee: 200, total_amount: 12125 });
  });

  it('rounds tax half up to a whole minor unit', () => {
    // 1 050 × 5 % = 52.5 → 53; 1 010 × 5 % = 50.5 → 51; 1 009 × 5 % = 50.45 → 50
    const at5 = { deliveryFee: 0, taxRateBps: 500, serviceFee: 0 };
    expect(priceOrder([{ unit_price: 1050, quantity: 1 }], 'pickup', at5).tax_amount).toBe(53);
    expect(priceOrder([{ unit_price: 1010, quantity: 1 }], 'pickup', at5).tax_amount).toBe(51);
    expect(priceOrder([{ unit_price: 1009, quantity: 1 }], 'pickup', at5).tax_amount).toBe(50);
  });

  it('stays exact on large amounts', () => {
    const totals = priceOrder([{ unit_price: 9_999_999, quantity: 99 }], 'delivery', { deliveryFee: 1000, taxRateBps: 1925, serviceFee: 0 });
    expect(totals.subtotal).toBe(989_999_901);
    expect(totals.tax_amount).toBe(190_574_981); // 190 574 980.94… rounded
    expect(Number.isInteger(totals.total_amount)).toBe(true);
  });

  it('refuses fractional money', () => {
    expect(() => lineTotal(10.5, 1)).toThrow(RangeError);
    expect(() => lineTotal(100, -1)).toThrow(RangeError);
  });
});

describe('order pricing with discounts', () => {
  const rules: PricingRules = { deliveryFee: 1000, taxRateBps: 1925, serviceFee: 250 };
  const lines = [{ unit_price: 7600, quantity: 2 }, { unit_price: 2500, quantity: 1 }]; // 17 700

  it('takes the coupon, then the points, off the subtotal and taxes what is left', () => {
    const totals = priceOrder(lines, 'delivery', rules, { coupon: 1770, points: 500, freeDelivery: false });
    // 17 700 − 1 770 − 500 = 15 430; 19.25 % of it = 2 970.275 → 2 970
    expect(totals).toEqual({ subtotal: 17_700, discount_amount: 2270, tax_amount: 2970, delivery_fee: 1000, service_fee: 250, total_amount: 19_650 });
    expect(totals.total_amount).toBe(totals.subtotal - totals.discount_amount + totals.tax_amount + totals.delivery_fee + totals.service_fee);
  });

  it('zeroes the delivery fee for a free-delivery redemption', () => {
    const totals = priceOrder(lines, 'delivery', rules, { coupon: 0, points: 0, freeDelivery: true });
    expect(totals.delivery_fee).toBe(0);
    expect(totals.total_amount).toBe(17_700 + 3407 + 250); // 3 407.25 tax
  });

  it('never lets a discount take the total below the fees', () => {
    const totals = priceOrder([{ unit_price: 1000, quantity: 1 }], 'pickup', rules, { coupon: 800, points: 900, freeDelivery: false });
    expect(totals).toMatchObject({ subtotal: 1000, discount_amount: 1000, tax_amount: 0, total_amount: 250 });
  });

  it('rounds the tax on the discounted subtotal half up', () => {
    // 1 050 − 40 = 1 010 at 5 % = 50.5 → 51
    expect(priceOrder([{ unit_price: 1050, quantity: 1 }], 'pickup', { deliveryFee: 0, taxRateBps: 500, serviceFee: 0 }, { coupon: 40, points: 0, freeDelivery: false }).tax_amount).toBe(51);
  });
});

describe('loyalty redemption checks', () => {
  const xafDelivery = { currency: 'XAF', deliveryType: 'delivery' as const, subtotalAfterCoupon: 5000, deliveryFee: 1000 };
  const why = (points: number, freeDelivery: boolean, order = xafDelivery) => {
    try {
      return checkRedemption({ points, freeDelivery }, order);
    } catch (err) {
      expect((err as PlatterError).status).toBe(422);
      return (err as PlatterError).message;
    }
  };

  it('spends whole hundreds of points, plus 200 for free delivery', () => {
    expect(why(0, false)).toBe(0);
    expect(why(500, false)).toBe(500);
    expect(why(5000, true)).toBe(5200);
    expect(why(0, true)).toBe(200);
  });

  it('refuses odd amounts, more points than left to pay, other currencies, and useless free delivery', () => {
    expect(why(150, false)).toBe('Loyalty points are spent in whole hundreds (100 points = 100 XAF), not 150');
    expect(why(5100, false)).toBe('At most 5000 points can be spent on this order (its subtotal after any coupon is 5000 XAF)');
    expect(why(100, false, { ...xafDelivery, currency: 'EGP' })).toBe('Loyalty points can only be spent on orders in XAF (100 points = 100 XAF)');
    expect(why(0, true, { ...xafDelivery, deliveryType: 'pickup' as never })).toBe('Free delivery can only be redeemed on a delivery order');
    expect(why(0, true, { ...xafDelivery, deliveryFee: 0 })).toBe('Delivery is already free for this order: no points needed');
  });
});
