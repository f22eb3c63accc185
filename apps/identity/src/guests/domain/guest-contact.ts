import { ErrorDetail, normalizePhone, StartGuestSessionData } from '@platter/contracts';
import { normalizeEmail } from '../../auth/domain/registration-rules';

export interface GuestContact {
  name: string | null;
  phone: string | null;
  email: string | null;
}

// Loose like registration's: StartGuestSessionRequest checks the format, at the gateway and in the RPC adapter.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trims and normalises what a guest told us (phone in E.164, email lower-case); `errors` lists every problem. */
export function checkGuestContact(data: StartGuestSessionData): { contact?: GuestContact; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const name = optionalText(data.name, 'name', 100, errors);
  const givenPhone = optionalText(data.phone, 'phone', 30, errors);
  const givenEmail = optionalText(data.email, 'email', 254, errors);
  const phone = givenPhone ? normalizePhone(givenPhone) : null;
  if (givenPhone && !phone) errors.push({ field: 'phone', message: 'phone must be a valid phone number, e.g. +237670000000' });
  const email = givenEmail ? normalizeEmail(givenEmail) : null;
  if (email && !EMAIL.test(email)) errors.push({ field: 'email', message: 'email must be an email address' });
  if (errors.length) return { errors };
  return { contact: { name, phone, email }, errors };
}

function optionalText(value: unknown, field: string, max: number, errors: ErrorDetail[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    errors.push({ field, message: `${field} must be a string` });
    return null;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) errors.push({ field, message: `${field} must be at most ${max} characters` });
  return trimmed || null;
}
