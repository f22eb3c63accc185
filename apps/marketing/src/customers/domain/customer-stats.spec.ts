import { CustomerStats, segmentAfterOrder, statsAfterOrder } from './customer-stats';

const fresh: CustomerStats = { segment: 'new', total_orders: 0, total_spent: 0, last_order_at: null };

describe('segmentAfterOrder', () => {
  it('makes a new customer active', () => {
    expect(segmentAfterOrder('new')).toBe('active');
  });

  it('keeps an active customer active', () => {
    expect(segmentAfterOrder('active')).toBe('active');
  });
});

describe('statsAfterOrder', () => {
  const monday = new Date('2025-09-08T12:00:00Z');
  const tuesday = new Date('2025-09-09T12:00:00Z');

  it('counts the first order', () => {
    expect(statsAfterOrder(fresh, { amount: 4500, orderedAt: monday })).toEqual({
      segment: 'active', total_orders: 1, total_spent: 4500, last_order_at: monday,
    });
  });

  it('adds up later orders', () => {
    const afterFirst = statsAfterOrder(fresh, { amount: 4500, orderedAt: monday });
    expect(statsAfterOrder(afterFirst, { amount: 3000, orderedAt: tuesday })).toEqual({
      segment: 'active', total_orders: 2, total_spent: 7500, last_order_at: tuesday,
    });
  });

  it('keeps the latest order date when an older order is counted late', () => {
    const afterTuesday = statsAfterOrder(fresh, { amount: 3000, orderedAt: tuesday });
    expect(statsAfterOrder(afterTuesday, { amount: 4500, orderedAt: monday }).last_order_at).toBe(tuesday);
  });
});
