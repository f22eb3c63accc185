import { createHash } from 'node:crypto';

/** No 0/O, 1/I/L: a code read aloud or copied by hand comes out right. */
export const REFERRAL_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const REFERRAL_CODE_LENGTH = 8;

/**
 * A customer's referral code, derived from their id (and an attempt number, for the rare collision):
 * the same customer gets the same code whichever path creates their profile first.
 */
export function referralCodeFor(customerId: string, attempt = 0): string {
  const digest = createHash('sha256').update(`${customerId}:${attempt}`).digest();
  let code = '';
  for (let i = 0; code.length < REFERRAL_CODE_LENGTH; i++) code += REFERRAL_ALPHABET[digest[i] % REFERRAL_ALPHABET.length];
  return code;
}

/** As a customer typed it: trimmed, upper-cased; null when it cannot be a code. */
export function normalizeReferralCode(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const code = input.trim().toUpperCase();
  return /^[A-Z0-9]{4,32}$/.test(code) ? code : null;
}
