import { Candidate, canTakeAnother, rankCandidates } from './ranking';

const now = new Date('2026-11-21T12:00:00Z');
const fresh = new Date(now.getTime() - 10_000);
const stale = new Date(now.getTime() - 600_000);
const rules = { maxActive: 2, batchRadiusKm: 1.5, staleSeconds: 120 };
const restaurant = { restaurant_id: 'r1', pickup: { lat: 4.05, lng: 9.7 } };

function driver(id: string, lat: number | null, extra: Partial<Candidate> = {}): Candidate {
  return { driver_id: id, vehicle_type: 'motorbike', position: lat === null ? null : { lat, lng: 9.7 }, located_at: lat === null ? null : fresh, held: [], ...extra };
}

describe('ranking drivers for a delivery', () => {
  it('puts the nearest first', () => {
    const ranked = rankCandidates([driver('far', 4.1), driver('near', 4.051), driver('mid', 4.07)], restaurant, rules, now);
    expect(ranked.map((r) => r.driver_id)).toEqual(['near', 'mid', 'far']);
    expect(ranked[0].distance_km).toBeCloseTo(0.111, 2);
  });

  it('ranks unknown and stale positions last, by load among themselves', () => {
    const busyUnknown = driver('unknown-busy', null, { held: [{ restaurant_id: 'r1', pickup: restaurant.pickup }] });
    const ranked = rankCandidates(
      [busyUnknown, driver('stale', 4.0501, { located_at: stale }), driver('far', 4.2), driver('unknown', null)],
      restaurant,
      rules,
      now,
    );
    expect(ranked.map((r) => [r.driver_id, r.distance_km === null])).toEqual([
      ['far', false],
      ['stale', true],
      ['unknown', true],
      ['unknown-busy', true],
    ]);
  });

  it('breaks a near tie (within 100 m) by load', () => {
    const loaded = driver('loaded', 4.0505, { held: [{ restaurant_id: 'r1', pickup: restaurant.pickup }] });
    const idle = driver('idle', 4.0506);
    expect(rankCandidates([loaded, idle], restaurant, rules, now).map((r) => r.driver_id)).toEqual(['idle', 'loaded']);
  });

  it('never ranks a driver at MAX_ACTIVE_DELIVERIES', () => {
    const full = driver('full', 4.05, {
      held: [
        { restaurant_id: 'r1', pickup: restaurant.pickup },
        { restaurant_id: 'r1', pickup: restaurant.pickup },
      ],
    });
    expect(rankCandidates([full, driver('other', 4.2)], restaurant, rules, now).map((r) => r.driver_id)).toEqual(['other']);
  });

  it('ranks every driver when the restaurant’s position is unknown (by load)', () => {
    const ranked = rankCandidates([driver('b', 4.05), driver('a', 4.2)], { restaurant_id: 'r9', pickup: null }, rules, now);
    expect(ranked.map((r) => [r.driver_id, r.distance_km])).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });
});

describe('batching a second delivery', () => {
  const held = [{ restaurant_id: 'r1', pickup: { lat: 4.05, lng: 9.7 } }];

  it('allows the same restaurant', () => {
    expect(canTakeAnother(held, { restaurant_id: 'r1', pickup: null }, rules)).toBe(true);
  });

  it('allows another restaurant whose pickup is within BATCH_PICKUP_RADIUS_KM', () => {
    expect(canTakeAnother(held, { restaurant_id: 'r2', pickup: { lat: 4.06, lng: 9.7 } }, rules)).toBe(true); // ~1.1 km
  });

  it('refuses another restaurant further away, or whose position is unknown', () => {
    expect(canTakeAnother(held, { restaurant_id: 'r2', pickup: { lat: 4.07, lng: 9.7 } }, rules)).toBe(false); // ~2.2 km
    expect(canTakeAnother(held, { restaurant_id: 'r2', pickup: null }, rules)).toBe(false);
  });

  it('refuses a third when MAX_ACTIVE_DELIVERIES is 2, allows it at 3', () => {
    const two = [...held, ...held];
    expect(canTakeAnother(two, { restaurant_id: 'r1', pickup: null }, rules)).toBe(false);
    expect(canTakeAnother(two, { restaurant_id: 'r1', pickup: null }, { ...rules, maxActive: 3 })).toBe(true);
  });

  it('allows anything to a driver holding nothing', () => {
    expect(canTakeAnother([], { restaurant_id: 'r5', pickup: null }, rules)).toBe(true);
  });
});
