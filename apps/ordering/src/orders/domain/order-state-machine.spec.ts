import { DeliveryType, ORDER_STATUSES, OrderStatus, PlatterError } from '@platter/contracts';
import { assertTransition, assertTransitionBy, canTransition, canTransitionBy, nextStatuses } from './order-state-machine';

const EVERY_TYPE: DeliveryType[] = ['delivery', 'pickup', 'dine_in'];

describe('order state machine', () => {
  it.each([
    ['created', 'confirmed'],
    ['created', 'cancelled'],
    ['confirmed', 'accepted'],
    ['confirmed', 'cancelled'],
    ['accepted', 'preparing'],
    ['accepted', 'cancelled'],
    ['preparing', 'ready'],
  ] as Array<[OrderStatus, OrderStatus]>)('allows %s → %s for every kind of order', (from, to) => {
    for (const type of EVERY_TYPE) expect(canTransition(from, to, type)).toBe(true);
  });

  it('takes a delivery order from ready through the driver legs to completed', () => {
    const path: OrderStatus[] = ['ready', 'assigned', 'picked_up', 'in_transit', 'delivered', 'completed'];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i], 'delivery')).toBe(true);
    expect(canTransition('ready', 'completed', 'delivery')).toBe(false);
  });

  it.each(['pickup', 'dine_in'] as DeliveryType[])('hands a %s order over: ready → completed, never to a driver', (type) => {
    expect(nextStatuses('ready', type)).toEqual(['completed']);
    expect(canTransition('ready', 'assigned', type)).toBe(false);
  });

  it('cannot cancel once preparing has started', () => {
    for (const from of ['preparing', 'ready', 'assigned', 'picked_up', 'in_transit', 'delivered'] as OrderStatus[]) {
      expect(canTransition(from, 'cancelled', 'delivery')).toBe(false);
    }
  });

  it('has no way out of completed or cancelled', () => {
    for (const to of ORDER_STATUSES) {
      expect(canTransition('completed', to, 'delivery')).toBe(false);
      expect(canTransition('cancelled', to, 'pickup')).toBe(false);
    }
  });

  it('never skips a step or goes back', () => {
    expect(canTransition('created', 'accepted', 'delivery')).toBe(false);
    expect(canTransition('confirmed', 'preparing', 'delivery')).toBe(false);
    expect(canTransition('ready', 'preparing', 'pickup')).toBe(false);
    expect(canTransition('delivered', 'in_transit', 'delivery')).toBe(false);
  });

  it('rejects an illegal move with a 422 INVALID_STATE_TRANSITION naming from and to', () => {
    let thrown: unknown;
    try {
      assertTransition('created', 'preparing', 'delivery');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(PlatterError);
    const error = thrown as PlatterError;
    expect(error.code).toBe('INVALID_STATE_TRANSITION');
    expect(error.status).toBe(422);
    expect(error.message).toContain('created');
    expect(error.message).toContain('preparing');
  });

  it('lets a legal move through', () => {
    expect(() => assertTransition('confirmed', 'accepted', 'pickup')).not.toThrow();
  });
});

describe('transition rules beyond the machine', () => {
  it('lets an admin make any move the machine allows, and cancel any order not yet final', () => {
    expect(canTransitionBy('admin', 'accepted', 'preparing', 'delivery')).toBe(true);
    for (const from of ['preparing', 'ready', 'assigned', 'picked_up', 'in_transit', 'delivered'] as OrderStatus[]) {
      expect(canTransitionBy('machine', from, 'cancelled', 'delivery')).toBe(false);
      expect(canTransitionBy('admin', from, 'cancelled', 'delivery')).toBe(true);
    }
    expect(canTransitionBy('admin', 'completed', 'cancelled', 'delivery')).toBe(false);
    expect(canTransitionBy('admin', 'cancelled', 'cancelled', 'delivery')).toBe(false);
    // An override still never jumps along the machine.
    expect(canTransitionBy('admin', 'confirmed', 'ready', 'delivery')).toBe(false);
    expect(() => assertTransitionBy('admin', 'completed', 'cancelled', 'pickup')).toThrow(PlatterError);
  });

  it('moves a delivery back to ready only when its driver gave it back before pickup', () => {
    expect(canTransitionBy('driver_unassigned', 'assigned', 'ready', 'delivery')).toBe(true);
    expect(canTransitionBy('driver_unassigned', 'picked_up', 'ready', 'delivery')).toBe(false);
    expect(canTransitionBy('machine', 'assigned', 'ready', 'delivery')).toBe(false);
    for (const status of ORDER_STATUSES) expect(canTransitionBy('driver_unassigned', status, 'ready', 'pickup')).toBe(false);
  });
});
