import { needsDelivery, statusAfterOrderCancelled } from './delivery-rules';

describe('needsDelivery', () => {
  it('is true for delivery orders only', () => {
    expect(needsDelivery('delivery')).toBe(true);
    expect(needsDelivery('pickup')).toBe(false);
    expect(needsDelivery('dine_in')).toBe(false);
  });
});

describe('statusAfterOrderCancelled', () => {
  it('cancels a delivery still waiting for its order', () => {
    expect(statusAfterOrderCancelled('awaiting_pickup_ready')).toBe('cancelled');
  });

  it('leaves a cancelled delivery alone', () => {
    expect(statusAfterOrderCancelled('cancelled')).toBeNull();
  });
});
