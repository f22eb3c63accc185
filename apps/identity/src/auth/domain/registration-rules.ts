import { ErrorDetail, normalizePhone, RegisterData, SELF_REGISTERABLE_ROLES, SelfRegisterableRole } from '@platter/contracts';
import { checkBirthday } from '../../users/domain/birthday';
import { checkPassword } from './password-policy';

export interface Registration {
  email: string;
  password: string;
  name: string;
  phone: string | null;
  role: SelfRegisterableRole;
  /** Upper-cased; a malformed one is dropped (an unknown referral code never fails a sign-up). */
  referralCode: string | null;
  birthday: string | null;
}

// Deliberately loose (one @, a dot in the domain): RegisterRequest checks the format, at the gateway and in the RPC adapter.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Re-checks a sign-up request's invariants and normalizes it; `errors` lists every problem. */
export function checkRegistration(data: RegisterData, today: Date = new Date()): { registration?: Registration; errors: ErrorDetail[] } {
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
  let birthday: string | null = null;
  if (data.birthday !== undefined && data.birthday !== null) {
    const checked = checkBirthday(data.birthday, today);
    if (checked.error) errors.push({ field: 'birthday', message: checked.error });
    else birthday = checked.birthday ?? null;
  }
  const referralCode = normalizeReferralCode(data.referral_code);
  if (errors.length) return { errors };
  return { registration: { email, password: data.password, name, phone, role, referralCode, birthday }, errors };
}

/** Referral codes are ordering's (A-Z, 2-9); identity only passes a plausible one on in user.registered. */
export function normalizeReferralCode(code: unknown): string | null {
  if (typeof code !== 'string') return null;
  const normalized = code.trim().toUpperCase();
  return /^[A-Z0-9]{4,32}$/.test(normalized) ? normalized : null;
}
