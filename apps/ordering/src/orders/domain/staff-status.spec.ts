import { PlatterError } from '@platter/contracts';
import { STAFF_STATUS_OF, staffMoves, staffPaymentChange, staffPaymentStatus, statusesMatching } from './staff-status';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as PlatterError).code;
  }
  return 'allowed';
}

describe("the dashboard's statuses over ordering's", () => {
  it('maps every status of the machine onto one of the four', () => {
    expect(Object.entries(STAFF_STATUS_OF).filter(([, s]) => s === 'processing').map(([k]) => k)).toEqual([
      'accepted', 'preparing', 'ready', 'assigned', 'picked_up', 'in_transit',
    ]);
    expect(statusesMatching('pending')).toEqual(['created', 'confirmed']);
    expect(statusesMatching('completed')).toEqual(['delivered', 'completed']);
    expect(statusesMatching('ready')).toEqual(['ready']);
    expect(statusesMatching('lost')).toBeNull();
  });

  it('maps payment statuses to unpaid, paid, refunded', () => {
    expect(['pending', 'failed', 'completed', 'refunded', 'partially_refunded'].map((s) => staffPaymentStatus(s as never))).toEqual([
      'unpaid', 'unpaid', 'paid', 'refunded', 'refunded',
    ]);
  });

  it('processing accepts a confirmed order and leaves one being worked on alone', () => {
    expect(staffMoves({ status: 'confirmed', delivery_type: 'dine_in' }, 'processing')).toEqual(['accepted']);
    expect(staffMoves({ status: 'preparing', delivery_type: 'dine_in' }, 'processing')).toEqual([]);
    expect(refusal(() => staffMoves({ status: 'created', delivery_type: 'dine_in' }, 'processing'))).toBe('INVALID_STATE_TRANSITION');
    expect(refusal(() => staffMoves({ status: 'completed', delivery_type: 'dine_in' }, 'processing'))).toBe('INVALID_STATE_TRANSITION');
  });

  it('completed walks a dine-in or pickup order forward, step by step', () => {
    expect(staffMoves({ status: 'confirmed', delivery_type: 'dine_in' }, 'completed')).toEqual(['accepted', 'preparing', 'ready', 'completed']);
    expect(staffMoves({ status: 'ready', delivery_type: 'pickup' }, 'completed')).toEqual(['completed']);
    expect(staffMoves({ status: 'completed', delivery_type: 'pickup' }, 'completed')).toEqual([]);
    expect(refusal(() => staffMoves({ status: 'cancelled', delivery_type: 'pickup' }, 'completed'))).toBe('INVALID_STATE_TRANSITION');
  });

  it('leaves a delivery order to its driver until it is delivered', () => {
    expect(refusal(() => staffMoves({ status: 'ready', delivery_type: 'delivery' }, 'completed'))).toBe('INVALID_STATE_TRANSITION');
    expect(staffMoves({ status: 'delivered', delivery_type: 'delivery' }, 'completed')).toEqual(['completed']);
    expect(refusal(() => staffMoves({ status: 'ready', delivery_type: 'delivery' }, 'assigned'))).toBe('INVALID_STATE_TRANSITION');
  });

  it('never goes back to pending, and takes ordering’s own statuses one move at a time', () => {
    expect(staffMoves({ status: 'confirmed', delivery_type: 'pickup' }, 'pending')).toEqual([]);
    expect(refusal(() => staffMoves({ status: 'accepted', delivery_type: 'pickup' }, 'pending'))).toBe('INVALID_STATE_TRANSITION');
    expect(staffMoves({ status: 'accepted', delivery_type: 'pickup' }, 'preparing')).toEqual(['preparing']);
    expect(staffMoves({ status: 'accepted', delivery_type: 'pickup' }, 'cancelled')).toEqual(['cancelled']);
    expect(staffMoves({ status: 'cancelled', delivery_type: 'pickup' }, 'cancelled')).toEqual([]);
    expect(refusal(() => staffMoves({ status: 'accepted', delivery_type: 'pickup' }, 'confirmed'))).toBe('INVALID_STATE_TRANSITION');
    expect(refusal(() => staffMoves({ status: 'accepted', delivery_type: 'pickup' }, 'eaten'))).toBe('VALIDATION_ERROR');
  });

  it('lets staff mark only an unpaid cash order paid', () => {
    expect(staffPaymentChange({ payment_method: 'cash', payment_status: 'pending' }, 'paid')).toBe('completed');
    expect(staffPaymentChange({ payment_method: 'cash', payment_status: 'completed' }, 'paid')).toBeNull();
    expect(staffPaymentChange({ payment_method: 'campay', payment_status: 'pending' }, 'unpaid')).toBeNull();
    expect(refusal(() => staffPaymentChange({ payment_method: 'campay', payment_status: 'pending' }, 'paid'))).toBe('PAYMENT_STATUS_NOT_SETTABLE');
    expect(refusal(() => staffPaymentChange({ payment_method: 'cash', payment_status: 'completed' }, 'refunded'))).toBe('PAYMENT_STATUS_NOT_SETTABLE');
    expect(refusal(() => staffPaymentChange({ payment_method: 'cash', payment_status: 'completed' }, 'unpaid'))).toBe('PAYMENT_STATUS_NOT_SETTABLE');
  });
});
