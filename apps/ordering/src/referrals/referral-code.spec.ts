import { REFERRAL_ALPHABET, normalizeReferralCode, referralCodeFor } from './referral-code';

describe('referralCodeFor', () => {
  const id = '3f1c9a52-7d7b-4c55-9d1e-0b6f1a2b3c4d';

  it('is stable for a customer: 8 characters of an unambiguous alphabet', () => {
    const code = referralCodeFor(id);
    expect(code).toBe(referralCodeFor(id));
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect([...code].every((c) => REFERRAL_ALPHABET.includes(c))).toBe(true);
    expect(code).not.toMatch(/[01IOL]/);
  });

  it('differs between customers and between attempts', () => {
    expect(referralCodeFor(id, 1)).not.toBe(referralCodeFor(id));
    const codes = new Set(Array.from({ length: 1000 }, (_, i) => referralCodeFor(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)));
    expect(codes.size).toBe(1000);
  });
});

describe('normalizeReferralCode', () => {
  it('trims and upper-cases; refuses what cannot be a code', () => {
    expect(normalizeReferralCode(' k7qh2mxp ')).toBe('K7QH2MXP');
    expect(normalizeReferralCode('')).toBeNull();
    expect(normalizeReferralCode('ab')).toBeNull();
    expect(normalizeReferralCode('AB CD EF')).toBeNull();
    expect(normalizeReferralCode(42)).toBeNull();
  });
});
