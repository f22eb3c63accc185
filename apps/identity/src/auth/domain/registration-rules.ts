import { ErrorDetail, normalizePhone, RegisterData } from '@platter/contracts';
import { checkPassword } from './password-policy';

/** Roles anyone may pick when signing up; admins and staff are made by others. */
export const SELF_REGISTERABLE_ROLES = ['customer', 'restaurant_owner', 'driver'] as const;
export type SelfRegisterableRole = (typeof SELF_REGISTERABLE_ROLES)[number];

export interface Registration {
  email: string;
  password: string;
  name: string;
  phone: string | null;
  role: SelfRegisterableRole;
}

// Deliberately loose (one @, a dot in the domain): the gateway validates the format properly.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Re-checks a sign-up request's invariants and normalizes it; `errors` lists every problem. */
export function checkRegistration(data: RegisterData): { registration?: Registration; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const email = typeof data.email === 'string' ? normalizeEmail(data.email) : '';
  if (!EMAIL.test(email) || email.length > 254) errors.push({ field: 'email', message: 'email must be an email address' });
  errors.push(...checkPassword(data.password, { email }));
  const name = typeof data.name === 'string' ? data.name.trim() : '';
  if (name.length < 1 || name.length > 100) errors.push({ field: 'name', message: 'name must be 1 to 100 characters' });
  const given = typeof data.phone === 'string' && data.phone.trim() ? data.phone.trim() : null;
  if (data.phone !== undefined && data.phone !== null && typeof data.phone !== 'string') {
    errors.push({ field: 'phone', message: 'phone must be a string' });
  }
  // Stored in E.164 so the same number written two ways is one number (and unique).
  const phone = given ? normalizePhone(given) : null;
  if (given && !phone) errors.push({ field: 'phone', message: 'phone must be a valid phone number, e.g. +237670000000' });
  const role = data.role ?? 'customer';
  if (!(SELF_REGISTERABLE_ROLES as readonly string[]).includes(role)) {
    errors.push({ field: 'role', message: `role must be one of ${SELF_REGISTERABLE_ROLES.join(', ')}` });
  }
  if (errors.length) return { errors };
  return { registration: { email, password: data.password, name, phone, role }, errors };
}
