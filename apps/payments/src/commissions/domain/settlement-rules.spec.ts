import { randomUUID } from 'node:crypto';
import { balancedLines } from '../../wallet/domain/ledger-rules';
import { CompletedOrderFigures, commissionOf, rateOf, settle, settlementLines } from './settlement-rules';

const base = (over: Partial<CompletedOrderFigures> = {}): CompletedOrderFigures => ({
  restaurant_id: randomUUID(),
  driver_id: null,
  delivery_type: 'pickup',
  payment_method: 'wallet',
  subtotal: 25000,
  discount_amount: 0,
  tax_amount: 0,
  delivery_fee: 0,
  service_fee: 0,
  total_amount: 25000,
  currency: 'XAF',
  commission_rate_bps: 1500,
  ...over,
});

const sum = (lines: { amount: number }[]) => lines.reduce((s, l) => s + l.amount, 0);

describe('settlement rules', () => {
  it("splits 25,000 XAF at 15 % into a fee of 3750 and a restaurant share of 21250", () => {
    const s = settle(base(), 10000);
    expect(s).toMatchObject({ commission_base: 25000, platform_fee: 3750, restaurant_share: 21250, collector: 'platform', restaurant_net: 21250 });
    expect(rateOf(1500)).toBe('0.1500');
  });

  it('takes the commission on the subtotal after discounts, never on tax, delivery or service fee', () => {
    const order = base({
      delivery_type: 'delivery', driver_id: randomUUID(), subtotal: 27000, discount_amount: 2000, tax_amount: 4813, delivery_fee: 1000, service_fee: 500,
      total_amount: 27000 - 2000 + 4813 + 1000 + 500,
    });
    const s = settle(order, 10000);
    expect(s.commission_base).toBe(25000);
    expect(s.platform_fee).toBe(3750);
    expect(s.restaurant_credit).toBe(21250 + 4813);
    expect(s.driver_earning).toBe(1000);
    expect(s.platform_revenue).toBe(3750 + 500);
  });

  it('rounds the commission half up in whole units', () => {
    expect(commissionOf(1003, 1500)).toBe(150); // 150.45
    expect(commissionOf(1010, 1500)).toBe(152); // 151.5
    expect(commissionOf(0, 1500)).toBe(0);
    expect(commissionOf(999, 0)).toBe(0);
  });

  it('gives the driver their share of the delivery fee and the platform the rest', () => {
    const order = base({ delivery_type: 'delivery', driver_id: randomUUID(), delivery_fee: 1500, total_amount: 26500 });
    const s = settle(order, 8000);
    expect(s.driver_earning).toBe(1200);
    expect(s.platform_revenue).toBe(3750 + 300);
  });

  it('balances every settlement, whoever collected the money', () => {
    const driver = randomUUID();
    const cases: CompletedOrderFigures[] = [
      base(),
      base({ payment_method: 'cash' }),
      base({ payment_method: 'cash', delivery_type: 'delivery', driver_id: driver, delivery_fee: 1000, total_amount: 26000 }),
      base({ payment_method: 'campay', delivery_type: 'delivery', driver_id: driver, delivery_fee: 1000, service_fee: 300, tax_amount: 77, total_amount: 26377 }),
    ];
    for (const order of cases) {
      const s = settle(order, 10000);
      const lines = settlementLines(order, s, 0);
      expect(sum(lines)).toBe(0);
      expect(() => balancedLines(lines)).not.toThrow();
    }
  });

  it('lets a restaurant that kept the cash owe the platform its fees', () => {
    const order = base({ payment_method: 'cash', service_fee: 500, total_amount: 25500 });
    const s = settle(order, 10000);
    expect(s.collector).toBe('restaurant');
    expect(s.restaurant_net).toBe(-(3750 + 500));
    const restaurantLines = settlementLines(order, s, 0).filter((l) => l.account.kind === 'restaurant_payable');
    expect(sum(restaurantLines)).toBe(-(3750 + 500));
  });

  it('has a cash-carrying driver owe the whole total while earning the fee', () => {
    const driver = randomUUID();
    const order = base({ payment_method: 'cash', delivery_type: 'delivery', driver_id: driver, delivery_fee: 1000, total_amount: 26000 });
    const s = settle(order, 10000);
    const lines = settlementLines(order, s, 0);
    expect(lines).toContainEqual({ account: { kind: 'driver_cash', owner: driver, currency: 'XAF' }, amount: -26000 });
    expect(lines).toContainEqual({ account: { kind: 'driver_payable', owner: driver, currency: 'XAF' }, amount: 1000 });
    expect(s.restaurant_net).toBe(21250);
  });

  it('charges what was refunded before completion to the platform, not to escrow twice', () => {
    const order = base({ payment_method: 'stripe' });
    const lines = settlementLines(order, settle(order, 10000), 5000);
    expect(lines).toContainEqual({ account: { kind: 'order_escrow', owner: '', currency: 'XAF' }, amount: -20000 });
    expect(lines).toContainEqual({ account: { kind: 'platform_expense', owner: '', currency: 'XAF' }, amount: -5000 });
    expect(sum(lines)).toBe(0);
  });
});
