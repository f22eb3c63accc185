import { lineTotal, priceOrder, PricingRules } from './order-pricing';

const NO_TAX: PricingRules = { deliveryFee: 1000, taxRateBps: 0, serviceFee: 0 };

describe('order pricing', () => {
  it('adds up unit price × quantity and the flat delivery fee of a delivery order', () => {
    const totals = priceOrder([{ unit_price: 2500, quantity: 2 }, { unit_price: 1500, quantity: 1 }], 'delivery', NO_TAX);
    expect(totals).toEqual({ subtotal: 6500, tax_amount: 0, delivery_fee: 1000, service_fee: 0, total_amount: 7500 });
  });

  it.each(['pickup', 'dine_in'] as const)('charges no delivery fee for %s', (type) => {
    const totals = priceOrder([{ unit_price: 3000, quantity: 1 }], type, NO_TAX);
    expect(totals.delivery_fee).toBe(0);
    expect(totals.total_amount).toBe(3000);
  });

  it('taxes the subtotal in basis points and adds the service fee', () => {
    const totals = priceOrder([{ unit_price: 10000, quantity: 1 }], 'pickup', { deliveryFee: 1000, taxRateBps: 1925, serviceFee: 200 });
    expect(totals).toEqual({ subtotal: 10000, tax_amount: 1925, delivery_fee: 0, service_fee: 200, total_amount: 12125 });
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
