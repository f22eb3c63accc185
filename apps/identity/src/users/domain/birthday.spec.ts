import { ageOn, checkBirthday } from './birthday';

const today = new Date('2026-06-15T12:00:00Z');

describe('checkBirthday', () => {
  it('accepts a real date of someone 13 or older', () => {
    expect(checkBirthday('1990-02-28', today)).toEqual({ birthday: '1990-02-28' });
    expect(checkBirthday('2013-06-15', today)).toEqual({ birthday: '2013-06-15' });
    expect(checkBirthday('2000-02-29', today)).toEqual({ birthday: '2000-02-29' });
  });

  it('refuses the too young, the future and the implausibly old', () => {
    expect(checkBirthday('2013-06-16', today).error).toMatch(/at least 13/);
    expect(checkBirthday('2027-01-01', today).error).toMatch(/at least 13/);
    expect(checkBirthday('1899-01-01', today).error).toMatch(/too far/);
  });

  it('refuses what is not a calendar date', () => {
    expect(checkBirthday('1990-02-30', today).error).toMatch(/real calendar date/);
    expect(checkBirthday('1999-02-29', today).error).toMatch(/real calendar date/);
    expect(checkBirthday('1990-13-01', today).error).toMatch(/real calendar date/);
    expect(checkBirthday('15/06/1990', today).error).toMatch(/YYYY-MM-DD/);
    expect(checkBirthday('1990-06-15T00:00:00Z', today).error).toMatch(/YYYY-MM-DD/);
    expect(checkBirthday(19900615, today).error).toMatch(/YYYY-MM-DD/);
  });
});

describe('ageOn', () => {
  it('counts whole years, turning on the birthday itself', () => {
    expect(ageOn({ year: 2000, month: 6, day: 15 }, today)).toBe(26);
    expect(ageOn({ year: 2000, month: 6, day: 16 }, today)).toBe(25);
    expect(ageOn({ year: 2000, month: 12, day: 31 }, today)).toBe(25);
  });
});
