import { hotp, matchTotp, otpauthUri, totp, totpStep } from './totp';

const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');

describe('totp', () => {
  // RFC 6238 Appendix B, the SHA-1 rows (8 digits there; 6 in use).
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('gives the RFC 6238 code at T = %i s', (seconds, code) => {
    expect(totp(RFC_SECRET, seconds * 1000, 8)).toBe(code);
    expect(totp(RFC_SECRET, seconds * 1000)).toBe(code.slice(2)); // 6 digits: the same number mod 10^6
  });

  it('matches RFC 4226 Appendix D for the first counters', () => {
    expect([0, 1, 2, 9].map((c) => hotp(RFC_SECRET, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  describe('matchTotp', () => {
    const at = 1_700_000_015_000;
    const step = totpStep(at);
    const codeAt = (s: number) => hotp(RFC_SECRET, s);

    it('accepts the current step and one step either side, and says which', () => {
      expect(matchTotp(RFC_SECRET, codeAt(step), at, null)).toBe(step);
      expect(matchTotp(RFC_SECRET, codeAt(step - 1), at, null)).toBe(step - 1);
      expect(matchTotp(RFC_SECRET, codeAt(step + 1), at, null)).toBe(step + 1);
    });

    it('refuses codes two steps away', () => {
      expect(matchTotp(RFC_SECRET, codeAt(step - 2), at, null)).toBeNull();
      expect(matchTotp(RFC_SECRET, codeAt(step + 2), at, null)).toBeNull();
    });

    it('refuses a step at or before the last one used (no replay)', () => {
      expect(matchTotp(RFC_SECRET, codeAt(step), at, step)).toBeNull();
      expect(matchTotp(RFC_SECRET, codeAt(step - 1), at, step)).toBeNull();
      expect(matchTotp(RFC_SECRET, codeAt(step + 1), at, step)).toBe(step + 1);
    });

    it('refuses malformed and 8-digit codes', () => {
      expect(matchTotp(RFC_SECRET, '', at, null)).toBeNull();
      expect(matchTotp(RFC_SECRET, 'abcdef', at, null)).toBeNull();
      expect(matchTotp(RFC_SECRET, totp(RFC_SECRET, at, 8), at, null)).toBeNull();
    });
  });

  it('builds the otpauth key URI', () => {
    expect(otpauthUri('Platter', 'ada+2fa@example.com', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/Platter:ada%2B2fa%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Platter&algorithm=SHA1&digits=6&period=30',
    );
  });
});
