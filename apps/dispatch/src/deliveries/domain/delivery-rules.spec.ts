import { deliveryCodeMatches, driverMove, isKeptBeforeDelivery, needsDelivery, replayOrder, statusAfterOrderCancelled, statusAfterOrderChange } from './delivery-rules';

describe('needsDelivery', () => {
  it('is true for delivery orders only', () => {
    expect(needsDelivery('delivery')).toBe(true);
    expect(needsDelivery('pickup')).toBe(false);
    expect(needsDelivery('dine_in')).toBe(false);
  });
});

describe('statusAfterOrderCancelled', () => {
  it('cancels a delivery still under way, whoever holds it', () => {
    for (const s of ['awaiting_pickup_ready', 'available', 'assigned', 'picked_up', 'in_transit'] as const) expect(statusAfterOrderCancelled(s)).toBe('cancelled');
  });

  it('leaves a cancelled or delivered delivery alone', () => {
    expect(statusAfterOrderCancelled('cancelled')).toBeNull();
    expect(statusAfterOrderCancelled('delivered')).toBeNull();
  });
});

describe('statusAfterOrderChange', () => {
  it('offers the delivery to drivers when its order is ready, once', () => {
    expect(statusAfterOrderChange('awaiting_pickup_ready', 'ready')).toBe('available');
    expect(statusAfterOrderChange('available', 'ready')).toBeNull();
    expect(statusAfterOrderChange('cancelled', 'ready')).toBeNull();
  });

  it('ignores the other order moves', () => {
    for (const o of ['created', 'confirmed', 'accepted', 'preparing', 'assigned', 'picked_up', 'delivered', 'completed'] as const) {
      expect(statusAfterOrderChange('awaiting_pickup_ready', o)).toBeNull();
    }
  });
});

describe('driverMove', () => {
  it('picks up an assigned delivery only', () => {
    expect(driverMove('assigned', 'pickup')).toEqual(['picked_up']);
    for (const s of ['available', 'picked_up', 'in_transit', 'delivered', 'cancelled'] as const) expect(driverMove(s, 'pickup')).toBeNull();
  });

  it('puts a picked-up delivery in transit at the first location, and only then', () => {
    expect(driverMove('picked_up', 'locate')).toEqual(['in_transit']);
    expect(driverMove('assigned', 'locate')).toEqual([]);
    expect(driverMove('in_transit', 'locate')).toEqual([]);
    expect(driverMove('delivered', 'locate')).toBeNull();
  });

  it('delivers from in_transit, or from picked_up through in_transit', () => {
    expect(driverMove('in_transit', 'deliver')).toEqual(['delivered']);
    expect(driverMove('picked_up', 'deliver')).toEqual(['in_transit', 'delivered']);
    for (const s of ['available', 'assigned', 'delivered', 'cancelled'] as const) expect(driverMove(s, 'deliver')).toBeNull();
  });
});

describe('deliveryCodeMatches', () => {
  it('wants the exact code, ignoring spaces and case', () => {
    expect(deliveryCodeMatches('4821', '4821')).toBe(true);
    expect(deliveryCodeMatches('AB12', ' ab 12 ')).toBe(true);
    expect(deliveryCodeMatches('4821', '4822')).toBe(false);
    expect(deliveryCodeMatches('4821', '48210')).toBe(false);
    expect(deliveryCodeMatches('4821', '')).toBe(false);
    expect(deliveryCodeMatches('4821', undefined)).toBe(false);
  });

  it('needs no code for an order placed without one', () => {
    expect(deliveryCodeMatches(null, undefined)).toBe(true);
    expect(deliveryCodeMatches(null, '1234')).toBe(true);
  });
});

describe('news of an order dispatch has no delivery for yet', () => {
  it('keeps acceptance, preparing and ready of a delivered (or unknown) order only', () => {
    expect(isKeptBeforeDelivery({ to: 'ready', delivery_type: 'delivery' })).toBe(true);
    expect(isKeptBeforeDelivery({ to: 'accepted' })).toBe(true);
    expect(isKeptBeforeDelivery({ to: 'ready', delivery_type: 'pickup' })).toBe(false);
    expect(isKeptBeforeDelivery({ to: 'confirmed', delivery_type: 'delivery' })).toBe(false);
  });

  it('replays it along the lifecycle, a cancellation last', () => {
    expect((['cancelled', 'ready', 'accepted', 'preparing'] as const).slice().sort(replayOrder)).toEqual(['accepted', 'preparing', 'ready', 'cancelled']);
  });
});
