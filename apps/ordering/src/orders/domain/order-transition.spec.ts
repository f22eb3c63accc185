import { PlatterError } from '@platter/contracts';
import { SagaTimings } from './order-deadlines';
import { MovableOrder, announcement, transition } from './order-transition';

const timings: SagaTimings = {
  paymentWindow: 900, paymentCheckGrace: 60, accept: 300, preparationStart: 600, preparation: 2700, ready: 1800, pickup: 1200, delivery: 3600, refundWait: 1800,
};
const NOW = new Date('2026-03-01T12:00:00.000Z');
const clock = { now: NOW, timings };

const order = (over: Partial<MovableOrder> = {}): MovableOrder => ({
  id: 'o-1', order_number: 'ORD-1', restaurant_id: 'r-1', customer_id: 'c-1', status: 'accepted', delivery_type: 'pickup', payment_method: 'cash',
  payment_status: 'pending', driver_id: null, subtotal: 5000, discount_amount: 0, tax_amount: 0, delivery_fee: 0, service_fee: 0, total_amount: 5000,
  currency: 'XAF', commission_rate_bps: 1500, amount_paid: 0, amount_refunded: 0, ...over,
});

describe('transition (a move returns its effects)', () => {
  it('moves the status, clears the flag, sets the next deadline and records who and why', () => {
    const effects = transition(order(), { to: 'preparing', actorId: 'u-1', restaurantOwnerId: 'owner-1', reason: 'on it' }, { ...clock, restaurant: { preparation: 600 } });
    expect(effects.patch).toEqual({ status: 'preparing', saga_flagged_at: null, saga_note: null, step_due_at: new Date('2026-03-01T12:10:00.000Z') });
    expect(effects.history).toEqual({ order_id: 'o-1', from_status: 'accepted', to_status: 'preparing', reason: 'on it', actor_id: 'u-1', at: NOW });
    expect(effects.events.map((e) => e.type)).toEqual(['order.status-changed']);
    expect(effects.events[0].payload).toMatchObject({ order_id: 'o-1', from: 'accepted', to: 'preparing', restaurant_owner_id: 'owner-1', actor_id: 'u-1', reason: 'on it' });
    expect(effects.releaseCoupon).toBe(false);
  });

  it('refuses a move the state machine does not allow, with nothing to apply', () => {
    let error: unknown;
    try {
      transition(order({ status: 'confirmed' }), { to: 'ready', actorId: null, restaurantOwnerId: 'owner-1' }, clock);
    } catch (err) {
      error = err;
    }
    expect((error as PlatterError).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('completes a cash order as paid, and announces order.completed with the settlement figures', () => {
    const effects = transition(order({ status: 'ready' }), { to: 'completed', actorId: null, restaurantOwnerId: 'owner-1' }, clock);
    expect(effects.patch).toMatchObject({ status: 'completed', completed_at: NOW, payment_status: 'completed', amount_paid: 5000, step_due_at: null });
    expect(effects.events.map((e) => e.type)).toEqual(['order.status-changed', 'order.completed']);
    expect(effects.events[1].payload).toMatchObject({ order_id: 'o-1', total_amount: 5000, commission_rate_bps: 1500, completed_at: NOW.toISOString() });
  });

  it('cancels before payment or acceptance giving the coupon use back, and waits for a refund only when money was captured', () => {
    const unpaid = transition(order({ status: 'confirmed' }), { to: 'cancelled', actorId: 'c-1', restaurantOwnerId: 'owner-1', reason: 'changed my mind' }, clock);
    expect(unpaid.releaseCoupon).toBe(true);
    expect(unpaid.patch).toMatchObject({ cancelled_at: NOW, step_due_at: null });
    expect(unpaid.events.map((e) => e.type)).toEqual(['order.status-changed', 'order.cancelled']);
    const paid = transition(order({ status: 'accepted', payment_method: 'campay', payment_status: 'completed', amount_paid: 5000 }), { to: 'cancelled', actorId: null, restaurantOwnerId: 'owner-1' }, clock);
    expect(paid.releaseCoupon).toBe(false);
    expect(paid.patch.step_due_at).toEqual(new Date('2026-03-01T12:30:00.000Z'));
  });

  it('sets or clears the driver only when the move says so', () => {
    expect(transition(order({ status: 'ready', delivery_type: 'delivery' }), { to: 'assigned', actorId: null, restaurantOwnerId: 'o', driverId: 'd-1' }, clock).patch.driver_id).toBe('d-1');
    expect('driver_id' in transition(order(), { to: 'preparing', actorId: null, restaurantOwnerId: 'o' }, clock).patch).toBe(false);
  });

  it('announces an order as it stands (an admin resuming a saga sends the same events again)', () => {
    const events = announcement(order({ status: 'cancelled' }), { from: 'confirmed', ownerId: 'owner-1', actorId: 'admin-1', reason: 'again', at: NOW });
    expect(events.map((e) => e.type)).toEqual(['order.status-changed', 'order.cancelled']);
  });
});
