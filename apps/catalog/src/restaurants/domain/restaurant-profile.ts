import { ErrorDetail, ValidationFailedError, HoursException, WEEKDAYS, WeeklyHours, isKnownTimezone, isValidTime } from '@platter/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems with weekly hours and their exceptions, as validation details (empty when fine). */
export function hoursProblems(weekly: WeeklyHours | undefined, exceptions: HoursException[] | undefined): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const [day, ranges] of Object.entries(weekly ?? {})) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) problems.push({ field: `opening_hours.${day}`, message: 'must be one of sun, mon, tue, wed, thu, fri, sat' });
    else problems.push(...rangeProblems(`opening_hours.${day}`, ranges));
  }
  (exceptions ?? []).forEach((exception, i) => {
    if (typeof exception?.date !== 'string' || !DATE.test(exception.date) || Number.isNaN(Date.parse(exception.date))) {
      problems.push({ field: `hours_exceptions.${i}.date`, message: 'must be a date such as 2026-12-25' });
    }
    problems.push(...rangeProblems(`hours_exceptions.${i}.hours`, exception?.hours));
  });
  const dates = (exceptions ?? []).map((e) => e?.date);
  if (new Set(dates).size !== dates.length) problems.push({ field: 'hours_exceptions', message: 'each date may appear once' });
  return problems;
}

function rangeProblems(field: string, ranges: unknown): ErrorDetail[] {
  if (!Array.isArray(ranges)) return [{ field, message: 'must be a list of ["HH:MM", "HH:MM"] ranges' }];
  return ranges.flatMap((range, i) =>
    Array.isArray(range) && range.length === 2 && range.every((t) => typeof t === 'string' && isValidTime(t)) && range[0] !== range[1]
      ? []
      : [{ field: `${field}.${i}`, message: 'must be ["HH:MM", "HH:MM"] with two different times' }],
  );
}

export function timezoneOrFail(timezone: string): string {
  if (!isKnownTimezone(timezone)) throw new ValidationFailedError([{ field: 'timezone', message: 'must be an IANA time zone such as Africa/Douala' }]);
  return timezone;
}

/** Lower-cased, trimmed, de-duplicated cuisine tags ("Grill", "grill " → "grill"). */
export function normalizeCuisineTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

const LANGUAGES = ['en', 'fr'];

/** Translations: only en and fr, each with an optional name (≤ 200) and description (≤ 2000). */
export function translationProblems(translations: Record<string, unknown> | undefined): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const [lang, value] of Object.entries(translations ?? {})) {
    const field = `translations.${lang}`;
    if (!LANGUAGES.includes(lang)) problems.push({ field, message: 'only en and fr are supported' });
    else if (typeof value !== 'object' || value === null || Array.isArray(value)) problems.push({ field, message: 'must be {name?, description?}' });
    else {
      const { name, description, ...rest } = value as Record<string, unknown>;
      if (Object.keys(rest).length) problems.push({ field, message: 'only name and description can be translated' });
      if (name !== undefined && (typeof name !== 'string' || !name.trim() || name.length > 200)) problems.push({ field: `${field}.name`, message: 'must be a non-empty text of at most 200 characters' });
      if (description !== undefined && (typeof description !== 'string' || description.length > 2000)) problems.push({ field: `${field}.description`, message: 'must be a text of at most 2000 characters' });
    }
  }
  return problems;
}
