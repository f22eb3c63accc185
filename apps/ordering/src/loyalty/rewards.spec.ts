import { birthdayEarning, describeMovement, orderEarning, referralEarning, reviewEarning } from './rewards';

const order = '9b2f0c1e-4a57-4a35-8a3e-4d6f2b7c8e01';
const customer = '0d8f6a8e-9c4b-4d8e-9b1f-2a3c4d5e6f70';
const friend = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('rewards', () => {
  it('keys an order’s points by the order, so a redelivered order.completed earns nothing more', () => {
    expect(orderEarning({ order_id: order, customer_id: customer, total_amount: 7_500, currency: 'XAF' })).toEqual({
      customerId: customer, points: 70, kind: 'order_completed', key: `order_completed:${order}`, orderId: order,
    });
  });

  it('gives guests’ orders, small orders and other currencies no earning', () => {
    expect(orderEarning({ order_id: order, customer_id: null, total_amount: 7_500, currency: 'XAF' })).toBeNull();
    expect(orderEarning({ order_id: order, customer_id: customer, total_amount: 900, currency: 'XAF' })).toBeNull();
    expect(orderEarning({ order_id: order, customer_id: customer, total_amount: 750_000, currency: 'EGP' })).toBeNull();
  });

  it('gives 50 per review (one per order), 500 per referred customer (once each), 1000 per birthday year', () => {
    expect(reviewEarning(customer, order)).toMatchObject({ points: 50, kind: 'review', key: `review:${order}` });
    expect(referralEarning(customer, friend, order)).toMatchObject({ customerId: customer, points: 500, kind: 'referral', key: `referral:${friend}` });
    expect(birthdayEarning(customer, 2026)).toMatchObject({ points: 1000, kind: 'birthday', key: `birthday:${customer}:2026` });
    expect(birthdayEarning(customer, 2027).key).not.toBe(birthdayEarning(customer, 2026).key);
  });

  it('describes each movement for the history', () => {
    expect(describeMovement('redeemed', -300)).toBe('Spent 300 points on an order');
    expect(describeMovement('restored', 300)).toBe('Got back 300 points from a cancelled order');
    expect(describeMovement('adjustment', -5)).toBe('Adjustment: -5 points');
  });
});
