import { OrderStatus } from '@platter/contracts';
import { assertReviewable, cleanComment } from './review-rules';

const driver = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('assertReviewable', () => {
  it('accepts a delivered or completed order reviewed for the first time', () => {
    expect(() => assertReviewable({ status: 'completed', driver_id: null }, {}, false)).not.toThrow();
    expect(() => assertReviewable({ status: 'delivered', driver_id: driver }, { driver_rating: 4 }, false)).not.toThrow();
  });

  it('refuses an order that has not reached its customer (422)', () => {
    for (const status of ['created', 'confirmed', 'accepted', 'preparing', 'ready', 'assigned', 'picked_up', 'in_transit', 'cancelled'] as OrderStatus[]) {
      expect(() => assertReviewable({ status, driver_id: null }, {}, false)).toThrow(expect.objectContaining({ code: 'ORDER_NOT_REVIEWABLE', status: 422 }));
    }
  });

  it('refuses a second review and a driver rating without a driver', () => {
    expect(() => assertReviewable({ status: 'completed', driver_id: null }, {}, true)).toThrow(/already been reviewed/);
    expect(() => assertReviewable({ status: 'completed', driver_id: null }, { driver_rating: 5 }, false)).toThrow(/no driver/);
  });
});

describe('cleanComment', () => {
  it('trims, and keeps no empty comment', () => {
    expect(cleanComment('  Très bon ndolé  ')).toBe('Très bon ndolé');
    expect(cleanComment('   ')).toBeNull();
    expect(cleanComment(undefined)).toBeNull();
  });
});
