import { distanceKm, estimatedArrival, pointOf, roundKm } from './eta';

describe('distanceKm', () => {
  it('measures great-circle distance', () => {
    // Douala (Akwa) to Yaoundé centre: about 200 km as the crow flies.
    expect(distanceKm({ lat: 4.05, lng: 9.7 }, { lat: 3.867, lng: 11.517 })).toBeGreaterThan(200);
    expect(distanceKm({ lat: 4.05, lng: 9.7 }, { lat: 3.867, lng: 11.517 })).toBeLessThan(205);
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111.2, 1);
    expect(distanceKm({ lat: 4, lng: 9 }, { lat: 4, lng: 9 })).toBe(0);
  });
});

describe('estimatedArrival', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('is distance over the average speed, rounded up to the minute', () => {
    // 111.2 km at 25 km/h = 266.9 min → 267.
    expect(estimatedArrival({ lat: 0, lng: 0 }, { lat: 0, lng: 1 }, 25, now)?.toISOString()).toBe('2026-03-01T16:27:00.000Z');
    expect(estimatedArrival({ lat: 4, lng: 9 }, { lat: 4, lng: 9 }, 25, now)?.toISOString()).toBe(now.toISOString());
  });

  it('is unknown without both ends', () => {
    expect(estimatedArrival(null, { lat: 0, lng: 0 }, 25, now)).toBeNull();
    expect(estimatedArrival({ lat: 0, lng: 0 }, null, 25, now)).toBeNull();
  });
});

describe('pointOf / roundKm', () => {
  it('needs both coordinates', () => {
    expect(pointOf(4, 9)).toEqual({ lat: 4, lng: 9 });
    expect(pointOf(null, 9)).toBeNull();
    expect(pointOf(4, undefined)).toBeNull();
    expect(pointOf(Number.NaN, 9)).toBeNull();
  });

  it('rounds to 100 m', () => {
    expect(roundKm(3.14159)).toBe(3.1);
  });
});
