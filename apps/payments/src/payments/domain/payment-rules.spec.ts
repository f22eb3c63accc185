import { PAYMENT_METHODS } from '@platter/contracts';
import { initialPayment } from './payment-rules';

describe('initialPayment', () => {
  it('leaves cash to be collected by hand', () => {
    expect(initialPayment('cash')).toEqual({ provider: 'cash', status: 'awaiting_collection' });
  });

  it.each(PAYMENT_METHODS.filter((m) => m !== 'cash'))('makes a %s payment wait for its provider', (method) => {
    expect(initialPayment(method)).toEqual({ provider: method, status: 'pending' });
  });
});
