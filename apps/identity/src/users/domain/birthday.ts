/** Youngest age at which anyone may hold an account with a birthday on it (the loyalty birthday bonus needs one). */
export const MIN_AGE_YEARS = 13;
export const MAX_AGE_YEARS = 120;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks a birthday given as YYYY-MM-DD: a real calendar date, in the past, the holder at least 13
 * and at most 120 years old on `today` (UTC). Returns the normalised date or an error message.
 */
export function checkBirthday(value: unknown, today: Date = new Date()): { birthday?: string; error?: string } {
  if (typeof value !== 'string') return { error: 'birthday must be a date, YYYY-MM-DD' };
  const match = DATE.exec(value.trim());
  if (!match) return { error: 'birthday must be a date, YYYY-MM-DD' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: 'birthday must be a real calendar date' };
  }
  const age = ageOn({ year, month, day }, today);
  if (age < MIN_AGE_YEARS) return { error: `you must be at least ${MIN_AGE_YEARS} years old` };
  if (age > MAX_AGE_YEARS) return { error: 'birthday is too far in the past' };
  return { birthday: `${match[1]}-${match[2]}-${match[3]}` };
}

/** Whole years between a birth date and `today` (UTC); negative for a date in the future. */
export function ageOn(birth: { year: number; month: number; day: number }, today: Date): number {
  const [y, m, d] = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  const hadBirthdayThisYear = m > birth.month || (m === birth.month && d >= birth.day);
  return y - birth.year - (hadBirthdayThisYear ? 0 : 1);
}
