import { notPayableReason } from './checkout-rules';

describe('notPayableReason', () => {
  const open = { method: 'campay' as const, status: 'pending' as const, order_cancelled_at: null };

  it('lets a pending, processing or failed payment of the route’s method be paid', () => {
    expect(notPayableReason(open, 'campay')).toBeNull();
    expect(notPayableReason({ ...open, status: 'processing' }, 'campay')).toBeNull();
    expect(notPayableReason({ ...open, status: 'failed' }, 'campay')).toBeNull();
  });

  it('refuses a paid payment, a cancelled order, another method and cash', () => {
    expect(notPayableReason({ ...open, status: 'succeeded' }, 'campay')).toMatch(/already/);
    expect(notPayableReason({ ...open, order_cancelled_at: new Date() }, 'campay')).toMatch(/cancelled/);
    expect(notPayableReason({ ...open, status: 'cancelled' }, 'campay')).toMatch(/cancelled/);
    expect(notPayableReason(open, 'stripe')).toMatch(/paid by campay/);
    expect(notPayableReason({ method: 'cash', status: 'awaiting_collection', order_cancelled_at: null }, 'campay')).toMatch(/cash/);
  });
});
