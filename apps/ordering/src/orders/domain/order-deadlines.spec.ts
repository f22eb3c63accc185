import { OrderStatus } from '@platter/contracts';
import {
  SagaTimings, overdueAction, paymentDeadline, refundDueAt, refundableAmount, refundedPaymentStatus, restaurantTimings, stepDueAt, stepSeconds, timeoutReason,
} from './order-deadlines';

const timings: SagaTimings = {
  paymentWindow: 900, paymentCheckGrace: 60, accept: 300, preparationStart: 600, preparation: 2700, ready: 1800, pickup: 1200, delivery: 3600, refundWait: 1800,
};
const NOW = new Date('2026-03-01T12:00:00.000Z');

describe('saga deadlines', () => {
  it('gives each step its configured duration', () => {
    const expected: Array<[OrderStatus, number | null]> = [
      ['created', 900], ['confirmed', 300], ['accepted', 600], ['preparing', 2700], ['ready', 1800], ['assigned', 1200],
      ['picked_up', 3600], ['in_transit', 3600], ['delivered', null], ['completed', null], ['cancelled', null],
    ];
    for (const [status, seconds] of expected) expect(stepSeconds(status, timings)).toBe(seconds);
  });

  it("uses the restaurant's acceptance timeout and preparation time when it set them", () => {
    expect(stepSeconds('confirmed', timings, { accept: 120 })).toBe(120);
    expect(stepSeconds('preparing', timings, { preparation: 600 })).toBe(600);
    expect(stepSeconds('confirmed', timings, { accept: null })).toBe(300);
    expect(stepDueAt('confirmed', NOW, timings, { accept: 120 })).toEqual(new Date('2026-03-01T12:02:00.000Z'));
  });

  it("reads the restaurant's minutes from its settings, ignoring malformed or zero values", () => {
    expect(restaurantTimings(new Map([['acceptance_timeout_minutes', '10'], ['preparation_minutes', '25']]))).toEqual({ accept: 600, preparation: 1500 });
    expect(restaurantTimings(new Map([['acceptance_timeout_minutes', 'soon'], ['preparation_minutes', '0']]))).toEqual({ accept: null, preparation: null });
    expect(restaurantTimings(new Map())).toEqual({ accept: null, preparation: null });
  });

  it('has no deadline where nothing is awaited', () => {
    expect(stepDueAt('completed', NOW, timings)).toBeNull();
    expect(stepDueAt('delivered', NOW, timings)).toBeNull();
  });

  it('cancels before the restaurant has the order, flags afterwards', () => {
    expect(overdueAction('created')).toBe('cancel');
    expect(overdueAction('confirmed')).toBe('cancel');
    for (const s of ['accepted', 'preparing', 'ready', 'assigned', 'picked_up', 'in_transit', 'cancelled'] as OrderStatus[]) expect(overdueAction(s)).toBe('flag');
    expect(timeoutReason('created')).toBe('payment_timeout');
    expect(timeoutReason('confirmed')).toBe('restaurant_timeout');
  });

  it('counts what is left to refund and waits for it only when there is some', () => {
    expect(refundableAmount({ amount_paid: 5000, amount_refunded: 2000 })).toBe(3000);
    expect(refundableAmount({ amount_paid: 0, amount_refunded: 0 })).toBe(0);
    expect(refundableAmount({ amount_paid: 1000, amount_refunded: 1500 })).toBe(0);
    expect(refundDueAt({ amount_paid: 5000, amount_refunded: 0 }, NOW, timings)).toEqual(new Date('2026-03-01T12:30:00.000Z'));
    expect(refundDueAt({ amount_paid: 5000, amount_refunded: 5000 }, NOW, timings)).toBeNull();
  });

  it('tells refunded from partially refunded', () => {
    expect(refundedPaymentStatus(5000, 5000, false)).toBe('refunded');
    expect(refundedPaymentStatus(2000, 5000, false)).toBe('partially_refunded');
    expect(refundedPaymentStatus(2000, 0, true)).toBe('refunded');
  });

  it('falls back to the window after creation for an unpaid order without payment_due_at', () => {
    expect(paymentDeadline({ payment_due_at: null, created_at: NOW }, timings)).toEqual(new Date('2026-03-01T12:15:00.000Z'));
    const set = new Date('2026-03-01T12:05:00.000Z');
    expect(paymentDeadline({ payment_due_at: set, created_at: NOW }, timings)).toBe(set);
  });
});
