import { LngLat } from '@platter/contracts';
import { OrderableZone, deliveryZoneFor } from './delivery-zone-choice';

const akwa = { latitude: 4.05, longitude: 9.7 };
const square: LngLat[] = [[9.68, 4.03], [9.72, 4.03], [9.72, 4.07], [9.68, 4.07]];
const circle = (over: Partial<OrderableZone> = {}): OrderableZone => ({
  id: 'circle',
  name: 'Akwa 3 km',
  kind: 'radius',
  center_lat: 4.05,
  center_lng: 9.7,
  radius_km: 3,
  polygon: null,
  delivery_fee: 1000,
  minimum_order: 0,
  estimated_minutes: 30,
  ...over,
});
const polygonZone = (over: Partial<OrderableZone> = {}): OrderableZone => ({
  ...circle(),
  id: 'square',
  name: 'Akwa square',
  kind: 'polygon',
  center_lat: null,
  center_lng: null,
  radius_km: null,
  polygon: square,
  ...over,
});

describe('deliveryZoneFor', () => {
  it('refuses delivery when the restaurant has no zone at all', () => {
    expect(() => deliveryZoneFor([], akwa, 5000)).toThrow(expect.objectContaining({ code: 'OUT_OF_DELIVERY_ZONE' }));
  });

  it('refuses an address outside every zone', () => {
    expect(() => deliveryZoneFor([circle(), polygonZone()], { latitude: 4.2, longitude: 9.7 }, 5000)).toThrow(
      expect.objectContaining({ code: 'OUT_OF_DELIVERY_ZONE' }),
    );
  });

  it('serves an address from the cheapest zone covering it', () => {
    const zones = [circle({ delivery_fee: 1000 }), polygonZone({ delivery_fee: 500 })];
    expect(deliveryZoneFor(zones, akwa, 5000).id).toBe('square');
    // Outside the square, inside the circle.
    expect(deliveryZoneFor(zones, { latitude: 4.075, longitude: 9.7 }, 5000).id).toBe('circle');
  });

  it("holds the order to the serving zone's minimum, not another zone's", () => {
    const zones = [circle({ delivery_fee: 1000, minimum_order: 0 }), polygonZone({ delivery_fee: 500, minimum_order: 3000 })];
    expect(() => deliveryZoneFor(zones, akwa, 2999)).toThrow(expect.objectContaining({ code: 'BELOW_MINIMUM_ORDER' }));
    expect(deliveryZoneFor(zones, akwa, 3000).id).toBe('square');
  });
});
