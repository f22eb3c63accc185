import { ErrorDetail, normalizePhone, UpdateMeData } from '@platter/contracts';
import { checkBirthday } from './birthday';

/** What PUT /users/me changes; absent fields stay as they are, `phone: null` removes the number. */
export interface ProfileUpdate {
  name?: string;
  phone?: string | null;
  preferences?: Record<string, unknown>;
  /** YYYY-MM-DD; null removes it. */
  birthday?: string | null;
}

/** Serialised size limit of a user's preferences: settings, not a document store. */
export const MAX_PREFERENCES_BYTES = 4096;
const EDITABLE_FIELDS = new Set(['name', 'full_name', 'phone', 'preferences', 'birthday']);

/**
 * Email, password and role are not editable here: any field other than name/full_name (an alias older
 * clients send), phone, birthday and preferences is an error, worded as the gateway's whitelist words it.
 */
export function notEditableFields(data: object): ErrorDetail[] {
  return Object.keys(data)
    .filter((field) => !EDITABLE_FIELDS.has(field))
    .map((field) => ({ field, message: `property ${field} should not exist` }));
}

/**
 * Re-checks a profile update and normalises it (trimmed name, E.164 phone), fields that are not
 * editable included (notEditableFields). Beyond the shape the shared request class checks, it holds
 * the rules the class cannot say: a name of 1 to 100 characters once trimmed, name and full_name
 * agreeing, preferences of bounded size, a real calendar date for a birthday at least 13 years ago.
 */
export function checkProfileUpdate(data: UpdateMeData, today: Date = new Date()): { update?: ProfileUpdate; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = notEditableFields(data);
  const update: ProfileUpdate = {};

  const names = [data.name, data.full_name].filter((n) => n !== undefined);
  if (names.length > 0) {
    const name = typeof names[0] === 'string' ? names[0].trim() : '';
    if (names.some((n) => typeof n !== 'string' || n.trim() !== name)) {
      errors.push({ field: 'full_name', message: 'full_name is another name for name: give one, or the same value' });
    } else if (name.length < 1 || name.length > 100) {
      errors.push({ field: data.name !== undefined ? 'name' : 'full_name', message: 'name must be 1 to 100 characters' });
    } else {
      update.name = name;
    }
  }

  if (data.phone === null) update.phone = null;
  else if (data.phone !== undefined) {
    const phone = typeof data.phone === 'string' ? normalizePhone(data.phone.trim()) : null;
    if (phone) update.phone = phone;
    else errors.push({ field: 'phone', message: 'phone must be a valid phone number, e.g. +237670000000, or null' });
  }

  if (data.preferences !== undefined) {
    const preferences: unknown = data.preferences;
    if (!isPlainObject(preferences)) errors.push({ field: 'preferences', message: 'preferences must be a JSON object' });
    else if (Buffer.byteLength(JSON.stringify(preferences), 'utf8') > MAX_PREFERENCES_BYTES) {
      errors.push({ field: 'preferences', message: `preferences must be at most ${MAX_PREFERENCES_BYTES} bytes of JSON` });
    } else update.preferences = preferences;
  }

  if (data.birthday === null) update.birthday = null;
  else if (data.birthday !== undefined) {
    const checked = checkBirthday(data.birthday, today);
    if (checked.error) errors.push({ field: 'birthday', message: checked.error });
    else update.birthday = checked.birthday;
  }

  return errors.length ? { errors } : { update, errors };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
