import { RestaurantHours, isOpenAt } from './opening-hours';

// Douala is UTC+1 all year (no daylight saving); Paris switches, which tests the zone handling.
const douala = (hours: Partial<RestaurantHours> = {}): RestaurantHours => ({
  timezone: 'Africa/Douala',
  opening_hours: { mon: [['08:00', '14:00'], ['18:00', '22:00']], fri: [['18:00', '02:00']], sat: [['10:00', '24:00']] },
  hours_exceptions: [],
  ...hours,
});

describe('isOpenAt', () => {
  // 2026-11-23 is a Monday.
  it('reads the hours in the restaurant timezone, not UTC', () => {
    expect(isOpenAt(douala(), new Date('2026-11-23T07:00:00Z'))).toBe(true); // 08:00 in Douala
    expect(isOpenAt(douala(), new Date('2026-11-23T06:59:00Z'))).toBe(false); // 07:59
  });

  it('treats a range as start-inclusive and end-exclusive, with several ranges a day', () => {
    expect(isOpenAt(douala(), new Date('2026-11-23T12:59:00Z'))).toBe(true); // 13:59
    expect(isOpenAt(douala(), new Date('2026-11-23T13:00:00Z'))).toBe(false); // 14:00
    expect(isOpenAt(douala(), new Date('2026-11-23T15:00:00Z'))).toBe(false); // 16:00, between ranges
    expect(isOpenAt(douala(), new Date('2026-11-23T17:30:00Z'))).toBe(true); // 18:30
  });

  it('is closed on a day that has no hours', () => {
    expect(isOpenAt(douala(), new Date('2026-11-24T11:00:00Z'))).toBe(false); // Tuesday noon
  });

  it('keeps an overnight range open past midnight into the next day, and only until its end', () => {
    expect(isOpenAt(douala(), new Date('2026-11-27T22:00:00Z'))).toBe(true); // Friday 23:00
    expect(isOpenAt(douala(), new Date('2026-11-28T00:30:00Z'))).toBe(true); // Saturday 01:30, Friday's range
    expect(isOpenAt(douala(), new Date('2026-11-28T01:00:00Z'))).toBe(false); // Saturday 02:00
    expect(isOpenAt(douala(), new Date('2026-11-28T08:00:00Z'))).toBe(false); // Saturday 09:00
  });

  it('understands 24:00 as the end of the day', () => {
    expect(isOpenAt(douala(), new Date('2026-11-28T22:59:00Z'))).toBe(true); // Saturday 23:59
    expect(isOpenAt(douala(), new Date('2026-11-28T23:00:00Z'))).toBe(false); // Sunday 00:00
  });

  it('lets a closed exception override the weekday (a holiday)', () => {
    const holiday = douala({ hours_exceptions: [{ date: '2026-11-23', hours: [] }] });
    expect(isOpenAt(holiday, new Date('2026-11-23T07:30:00Z'))).toBe(false);
    expect(isOpenAt(holiday, new Date('2026-11-30T07:30:00Z'))).toBe(true); // the next Monday is normal
  });

  it('lets an exception give other hours, even on a day normally closed', () => {
    const special = douala({ hours_exceptions: [{ date: '2026-11-24', hours: [['11:00', '15:00']] }] });
    expect(isOpenAt(special, new Date('2026-11-24T11:00:00Z'))).toBe(true); // Tuesday noon
    expect(isOpenAt(special, new Date('2026-11-24T15:00:00Z'))).toBe(false); // 16:00
  });

  it("cuts the overnight spill when the starting day's exception closes it", () => {
    const fridayOff = douala({ hours_exceptions: [{ date: '2026-11-27', hours: [] }] });
    expect(isOpenAt(fridayOff, new Date('2026-11-28T00:30:00Z'))).toBe(false); // Saturday 01:30
  });

  it("follows the zone's daylight saving (Paris: UTC+1 in winter, UTC+2 in summer)", () => {
    const paris: RestaurantHours = { timezone: 'Europe/Paris', opening_hours: { mon: [['12:00', '14:00']], tue: [], wed: [['12:00', '14:00']] }, hours_exceptions: [] };
    expect(isOpenAt(paris, new Date('2026-11-23T11:00:00Z'))).toBe(true); // Monday 12:00 CET
    expect(isOpenAt(paris, new Date('2026-07-01T10:00:00Z'))).toBe(true); // Wednesday 12:00 CEST
    expect(isOpenAt(paris, new Date('2026-07-01T12:00:00Z'))).toBe(false); // Wednesday 14:00 CEST
  });
});
