import type { AvailabilityWindow } from '../rpc/menu';

// One reading of menu schedules for every service: catalog hides what is out of hours on the
// public menu, ordering refuses it in an order.

const DAY_BY_SHORT: Record<string, AvailabilityWindow['days'][number]> = {
  Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun',
};
const DAYS: AvailabilityWindow['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

// Building an Intl.DateTimeFormat costs far more than using one: one per time zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function localDayAndMinute(at: Date, timeZone: string): { day: AvailabilityWindow['days'][number]; minute: number } {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: DAY_BY_SHORT[part('weekday')], minute: Number(part('hour')) * 60 + Number(part('minute')) };
}

/**
 * Whether `at` falls in one of the windows, read in the restaurant's time zone, end excluded; no
 * schedule = always. A window whose end is not after its start runs past midnight, the spill
 * belonging to its start day.
 */
export function isWithinSchedule(windows: readonly AvailabilityWindow[] | null | undefined, at: Date, timeZone: string): boolean {
  if (!windows) return true;
  const { day, minute } = localDayAndMinute(at, timeZone);
  const previousDay = DAYS[(DAYS.indexOf(day) + 6) % 7];
  return windows.some((w) => {
    const from = minutes(w.from);
    const to = minutes(w.to);
    if (to > from) return w.days.includes(day) && minute >= from && minute < to;
    return (w.days.includes(day) && minute >= from) || (w.days.includes(previousDay) && minute < to);
  });
}
