import { WEEKDAYS, Weekday } from '../rpc/menu';

/** Local "HH:MM" ranges; a range whose end is not after its start runs past midnight (18:00–02:00). */
export type TimeRange = [string, string];
/** A weekday missing (or with no ranges) is closed. */
export type WeeklyHours = Partial<Record<Weekday, TimeRange[]>>;
/** A local date ("2026-12-25") whose hours replace the weekday's; no ranges = closed all day. */
export interface HoursException {
  date: string;
  hours: TimeRange[];
}

/** What a restaurant that has not said otherwise is given: open around the clock, every day. */
export const ALWAYS_OPEN_HOURS: WeeklyHours = Object.fromEntries(WEEKDAYS.map((day) => [day, [['00:00', '24:00']]]));

export interface RestaurantHours {
  timezone: string;
  opening_hours: WeeklyHours;
  hours_exceptions: HoursException[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isValidTime(value: string): boolean {
  return TIME.test(value) || value === '24:00';
}

/**
 * Whether the restaurant is open at `date`, reading its hours in its own timezone. A date's
 * exception replaces that date's weekday hours, including the part of an overnight range that
 * spills into the next day: the spill belongs to the day the range started on.
 */
export function isOpenAt(restaurant: RestaurantHours, date: Date): boolean {
  const local = localParts(date, restaurant.timezone);
  const minute = local.hour * 60 + local.minute;
  const today = hoursOn(restaurant, local.date, local.weekday);
  if (today.some(([from, to]) => covers(toMinutes(from), toMinutes(to), minute))) return true;
  const yesterdayDate = shiftDate(local.date, -1);
  const yesterday = hoursOn(restaurant, yesterdayDate, WEEKDAYS[(WEEKDAYS.indexOf(local.weekday) + 6) % 7]);
  return yesterday.some(([from, to]) => toMinutes(to) <= toMinutes(from) && minute < toMinutes(to));
}

function hoursOn(restaurant: RestaurantHours, date: string, weekday: Weekday): TimeRange[] {
  const exception = restaurant.hours_exceptions.find((e) => e.date === date);
  return exception ? exception.hours : (restaurant.opening_hours[weekday] ?? []);
}

/** Same-day part of a range: from..to, or from..midnight for an overnight one. */
function covers(from: number, to: number, minute: number): boolean {
  return to > from ? minute >= from && minute < to : minute >= from;
}

function toMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function localParts(date: Date, timezone: string): { date: string; weekday: Weekday; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: part('weekday').toLowerCase().slice(0, 3) as Weekday,
    hour: Number(part('hour')),
    minute: Number(part('minute')),
  };
}

/** Whether `timezone` is an IANA zone this runtime knows. */
export function isKnownTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}
