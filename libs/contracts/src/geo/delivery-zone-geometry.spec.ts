import { LngLat, PricedZone, cheapestCoveringZone, haversineKm, isLngLatList, polygonContains, polygonProblem, zoneCovers } from './delivery-zone-geometry';

const square: LngLat[] = [[9.68, 4.03], [9.72, 4.03], [9.72, 4.07], [9.68, 4.07]];

const zone = (over: Partial<PricedZone> & Pick<PricedZone, 'id'>): PricedZone => ({
  name: over.id,
  kind: 'polygon',
  center_lat: null,
  center_lng: null,
  radius_km: null,
  polygon: square,
  delivery_fee: 1000,
  estimated_minutes: 30,
  ...over,
});

describe('haversineKm', () => {
  it('measures Douala to Yaoundé as about 200 km', () => {
    expect(haversineKm(4.0511, 9.7679, 3.848, 11.5021)).toBeCloseTo(193.3, 0);
  });

  it('is zero from a point to itself and symmetric', () => {
    expect(haversineKm(4.05, 9.7, 4.05, 9.7)).toBe(0);
    expect(haversineKm(1, 2, 3, 4)).toBeCloseTo(haversineKm(3, 4, 1, 2), 9);
  });

  it('stays finite for antipodal points (half the circumference)', () => {
    expect(haversineKm(0, 0, 0, 180)).toBeCloseTo(Math.PI * 6371, 6);
  });
});

describe('polygonContains', () => {
  it('answers the same for an open ring and the same ring closed', () => {
    const closed: LngLat[] = [...square, square[0]];
    for (const [lat, lng, inside] of [[4.05, 9.7, true], [4.05, 9.75, false], [4.08, 9.7, false]] as const) {
      expect(polygonContains(square, lat, lng)).toBe(inside);
      expect(polygonContains(closed, lat, lng)).toBe(inside);
    }
  });

  it('keeps a concave notch outside', () => {
    const u: LngLat[] = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3]];
    expect(polygonContains(u, 2, 1.5)).toBe(false);
    expect(polygonContains(u, 2, 0.5)).toBe(true);
    expect(polygonContains(u, 0.5, 1.5)).toBe(true);
  });
});

describe('zoneCovers', () => {
  const circle = { kind: 'radius' as const, center_lat: 4.05, center_lng: 9.7, radius_km: 3, polygon: null };

  it('covers points within the radius only', () => {
    expect(zoneCovers(circle, 4.06, 9.7)).toBe(true); // ~1.1 km
    expect(zoneCovers(circle, 4.08, 9.7)).toBe(false); // ~3.3 km
  });

  it('covers nothing with a radius zone that lost its centre', () => {
    expect(zoneCovers({ ...circle, center_lat: null }, 4.05, 9.7)).toBe(false);
  });

  it('reads polygon zones as [lng, lat]', () => {
    const polygonZone = { kind: 'polygon' as const, center_lat: null, center_lng: null, radius_km: null, polygon: square };
    expect(zoneCovers(polygonZone, 4.05, 9.7)).toBe(true);
    expect(zoneCovers(polygonZone, 9.7, 4.05)).toBe(false);
  });
});

describe('cheapestCoveringZone', () => {
  const far = zone({ id: 'far', delivery_fee: 100, polygon: [[0, 0], [1, 0], [1, 1]] });

  it('ignores zones that do not cover the point, and answers null when none does', () => {
    expect(cheapestCoveringZone([far], 4.05, 9.7)).toBeNull();
    expect(cheapestCoveringZone([far, zone({ id: 'near', delivery_fee: 900 })], 4.05, 9.7)?.id).toBe('near');
  });

  it('picks the lowest fee, then the shortest time, then the name, then the id', () => {
    const zones = [
      zone({ id: 'd', name: 'B', delivery_fee: 500, estimated_minutes: 20 }),
      zone({ id: 'c', name: 'A', delivery_fee: 500, estimated_minutes: 25 }),
      zone({ id: 'b', name: 'B', delivery_fee: 500, estimated_minutes: 20 }),
      zone({ id: 'a', name: 'Z', delivery_fee: 700, estimated_minutes: 5 }),
    ];
    expect(cheapestCoveringZone(zones, 4.05, 9.7)?.id).toBe('b');
    expect(cheapestCoveringZone(zones.filter((z) => z.id !== 'b'), 4.05, 9.7)?.id).toBe('d');
    expect(cheapestCoveringZone(zones.filter((z) => z.name === 'A' || z.id === 'a'), 4.05, 9.7)?.id).toBe('c');
  });

  it('orders names by code point, as the SQL quote does with COLLATE "C"', () => {
    const zones = [zone({ id: 'x', name: 'centre' }), zone({ id: 'y', name: 'Zone' })];
    expect(cheapestCoveringZone(zones, 4.05, 9.7)?.id).toBe('y');
  });
});

describe('polygonProblem', () => {
  it('accepts a simple ring, open or closed', () => {
    expect(polygonProblem(square)).toBeNull();
    expect(polygonProblem([...square, square[0]])).toBeNull();
  });

  it('needs three distinct points (a closing point does not count)', () => {
    expect(polygonProblem([[0, 0], [1, 1]])).toBe('too_few_points');
    expect(polygonProblem([[0, 0], [1, 1], [0, 0]])).toBe('too_few_points');
  });

  it('rejects coordinates out of range, including lat/lng swapped past 90', () => {
    expect(polygonProblem([[0, 0], [1, 0], [1, 91]])).toBe('coordinate_out_of_range');
    expect(polygonProblem([[0, 0], [181, 0], [1, 1]])).toBe('coordinate_out_of_range');
  });

  it('rejects a bow tie and a ring that touches itself', () => {
    expect(polygonProblem([[0, 0], [1, 1], [1, 0], [0, 1]])).toBe('self_intersecting');
    expect(polygonProblem([[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1]])).toBe('self_intersecting');
  });
});

describe('isLngLatList', () => {
  it('accepts pairs of finite numbers only', () => {
    expect(isLngLatList([[1, 2], [3, 4]])).toBe(true);
    expect(isLngLatList([[1, 2, 3]])).toBe(false);
    expect(isLngLatList([[1, '2']])).toBe(false);
    expect(isLngLatList([[1, Number.NaN]])).toBe(false);
    expect(isLngLatList({ 0: [1, 2] })).toBe(false);
  });
});
