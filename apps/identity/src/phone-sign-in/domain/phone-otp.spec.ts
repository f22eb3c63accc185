import { OTP_MAX_ATTEMPTS, checkOtp, hashOtp, newOtpCode } from './phone-otp';

const now = new Date('2026-11-21T10:00:00Z');
const otpOf = (code: string, over: Partial<{ attempts: number; expires_at: Date; used_at: Date | null }> = {}) => ({
  id: '7d6f8c1e-0000-4000-8000-000000000001',
  code_hash: hashOtp(code, '7d6f8c1e-0000-4000-8000-000000000001'),
  attempts: 0,
  expires_at: new Date(now.getTime() + 60_000),
  used_at: null,
  ...over,
});

describe('phone OTP codes', () => {
  it('makes six digits, keeping leading zeros, and spread over the range', () => {
    const codes = Array.from({ length: 2000 }, newOtpCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });

  it('hashes a code differently per row', () => {
    expect(hashOtp('123456', 'row-a')).not.toBe(hashOtp('123456', 'row-b'));
  });

  it('accepts the right code once, while fresh and unspent', () => {
    expect(checkOtp(otpOf('042317'), '042317', now)).toBe('accepted');
    expect(checkOtp(otpOf('042317', { used_at: now }), '042317', now)).toBe('unusable');
    expect(checkOtp(otpOf('042317', { expires_at: now }), '042317', now)).toBe('unusable');
  });

  it('counts wrong guesses and burns the code on the last allowed one', () => {
    expect(checkOtp(otpOf('042317'), '042318', now)).toBe('wrong');
    expect(checkOtp(otpOf('042317'), ' 42317', now)).toBe('wrong');
    expect(checkOtp(otpOf('042317', { attempts: OTP_MAX_ATTEMPTS - 1 }), '000000', now)).toBe('wrong-and-burned');
    expect(checkOtp(otpOf('042317', { attempts: OTP_MAX_ATTEMPTS }), '042317', now)).toBe('unusable');
  });
});
