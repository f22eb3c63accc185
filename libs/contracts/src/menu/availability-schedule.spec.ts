import { isWithinSchedule } from './availability-schedule';

// Douala is UTC+1 all year: 2026-11-23 is a Monday.
const mondayAt = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00+01:00`);
const breakfast = [{ days: ['mon' as const, 'tue' as const], from: '06:00', to: '11:00' }];
const lateNight = [{ days: ['sun' as const], from: '22:00', to: '02:00' }];

describe('isWithinSchedule', () => {
  it('is always true without a schedule', () => {
    expect(isWithinSchedule(null, mondayAt('03:00'), 'Africa/Douala')).toBe(true);
  });

  it('reads windows in the restaurant time zone, end excluded, on the listed days only', () => {
    expect(isWithinSchedule(breakfast, mondayAt('06:00'), 'Africa/Douala')).toBe(true);
    expect(isWithinSchedule(breakfast, mondayAt('10:59'), 'Africa/Douala')).toBe(true);
    expect(isWithinSchedule(breakfast, mondayAt('11:00'), 'Africa/Douala')).toBe(false);
    expect(isWithinSchedule(breakfast, mondayAt('05:59'), 'Africa/Douala')).toBe(false);
    // 06:30 in Douala is 05:30 in UTC: a UTC reading would say closed.
    expect(isWithinSchedule(breakfast, mondayAt('06:30'), 'UTC')).toBe(false);
    expect(isWithinSchedule(breakfast, new Date('2026-11-25T08:00:00+01:00'), 'Africa/Douala')).toBe(false); // Wednesday
  });

  it('lets an overnight window spill into the next day', () => {
    expect(isWithinSchedule(lateNight, mondayAt('01:30'), 'Africa/Douala')).toBe(true);
    expect(isWithinSchedule(lateNight, mondayAt('02:00'), 'Africa/Douala')).toBe(false);
    expect(isWithinSchedule(lateNight, mondayAt('23:00'), 'Africa/Douala')).toBe(false);
  });
});
