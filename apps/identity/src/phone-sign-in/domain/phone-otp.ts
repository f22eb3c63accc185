import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** A texted code works for 5 minutes, as the text tells its reader ("Expires in 5 minutes"). */
export const OTP_TTL_SECONDS = 300;
/** Wrong guesses one code survives: 5 of a million keeps guessing hopeless. */
export const OTP_MAX_ATTEMPTS = 5;

/** Six random digits, leading zeros kept. */
export function newOtpCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * The stored form of a code: an HMAC keyed by the code's own row id, so equal codes of two rows
 * differ and a table dump alone cannot be matched against a precomputed list of all million codes.
 */
export function hashOtp(code: string, otpId: string): string {
  return createHmac('sha256', otpId).update(code).digest('hex');
}

export type OtpCheck = 'accepted' | 'wrong' | 'wrong-and-burned' | 'unusable';

/** What a guess does to a code: accept it, count it wrong, or burn the code on its last allowed miss. */
export function checkOtp(
  otp: { id: string; code_hash: string; attempts: number; expires_at: Date; used_at: Date | null },
  guess: string,
  now: Date,
): OtpCheck {
  if (otp.used_at || otp.expires_at <= now || otp.attempts >= OTP_MAX_ATTEMPTS) return 'unusable';
  const expected = Buffer.from(otp.code_hash, 'hex');
  const actual = Buffer.from(hashOtp(guess, otp.id), 'hex');
  if (/^\d{6}$/.test(guess) && expected.length === actual.length && timingSafeEqual(expected, actual)) return 'accepted';
  return otp.attempts + 1 >= OTP_MAX_ATTEMPTS ? 'wrong-and-burned' : 'wrong';
}
