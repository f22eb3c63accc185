import { birthdaysDue, calendarDayIn, pointsForOrder, redemptionOptions, tierFor, worthOf } from './loyalty-points';

describe('pointsForOrder', () => {
  it('gives 10 points per full 1000 XAF of the total', () => {
    expect(pointsForOrder(1000, 'XAF')).toBe(10);
    expect(pointsForOrder(2999, 'XAF')).toBe(20);
    expect(pointsForOrder(12_500, 'XAF')).toBe(120);
    expect(pointsForOrder(999, 'XAF')).toBe(0);
  });

  it('gives nothing for nothing, nor for orders in another currency', () => {
    expect(pointsForOrder(0, 'XAF')).toBe(0);
    expect(pointsForOrder(-5000, 'XAF')).toBe(0);
    expect(pointsForOrder(1.5e3 + 0.5, 'XAF')).toBe(0);
    expect(pointsForOrder(500_000, 'EGP')).toBe(0);
    expect(pointsForOrder(500_000, 'USD')).toBe(0);
  });
});

describe('worth and redemption options', () => {
  it('values a point at one XAF', () => {
    expect(worthOf(1234)).toEqual({ currency: 'XAF', amount: 1234 });
  });

  it('offers 100 points = 100 XAF and free delivery for 200, available when the balance covers them', () => {
    expect(redemptionOptions(150).map((o) => [o.type, o.points, o.available])).toEqual([
      ['discount', 100, true],
      ['free_delivery', 200, false],
    ]);
    expect(redemptionOptions(200).every((o) => o.available)).toBe(true);
  });
});

describe('tierFor', () => {
  it('climbs by lifetime points and says how far the next tier is', () => {
    expect(tierFor(0)).toEqual({ name: 'bronze', lifetime_points: 0, next: { name: 'silver', points_needed: 2000 } });
    expect(tierFor(2000).name).toBe('silver');
    expect(tierFor(9999)).toMatchObject({ name: 'silver', next: { name: 'gold', points_needed: 1 } });
    expect(tierFor(60_000)).toEqual({ name: 'platinum', lifetime_points: 60_000 });
  });
});

describe('birthdaysDue', () => {
  it('covers today and the grace days before it', () => {
    expect(birthdaysDue({ year: 2026, month: 6, day: 15 }, 3)).toEqual(['06-15', '06-14', '06-13']);
  });

  it('never reaches back into the previous calendar year', () => {
    expect(birthdaysDue({ year: 2026, month: 1, day: 2 }, 7)).toEqual(['01-02', '01-01']);
  });

  it('celebrates 29 February on the 28th in a common year, on the 29th in a leap year', () => {
    expect(birthdaysDue({ year: 2027, month: 2, day: 28 }, 1)).toEqual(['02-28', '02-29']);
    expect(birthdaysDue({ year: 2028, month: 2, day: 28 }, 1)).toEqual(['02-28']);
    expect(birthdaysDue({ year: 2028, month: 2, day: 29 }, 1)).toEqual(['02-29']);
  });
});

describe('calendarDayIn', () => {
  it('takes the date in the given time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Douala (UTC+1).
    expect(calendarDayIn('Africa/Douala', new Date('2025-12-31T23:30:00Z'))).toEqual({ year: 2026, month: 1, day: 1 });
    expect(calendarDayIn('UTC', new Date('2025-12-31T23:30:00Z'))).toEqual({ year: 2025, month: 12, day: 31 });
  });
});
