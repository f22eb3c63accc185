import { isRevoked, parseRevokedAt } from './token-revocations';

describe('revocation list entries and token issue times (milliseconds)', () => {
  const second = 1_800_000_000;

  it('reads a millisecond entry as is', () => {
    expect(parseRevokedAt(String(second * 1000 + 400), 0)).toBe(second * 1000 + 400);
  });

  it('reads an older whole-second entry as the end of that second, so it still refuses that whole second', () => {
    expect(parseRevokedAt(String(second), 0)).toBe(second * 1000 + 999);
  });

  it('reads nothing as not revoked, and an unreadable entry as revoked now', () => {
    expect(parseRevokedAt(null, 5)).toBeNull();
    expect(parseRevokedAt('garbage', 12_345)).toBe(12_345);
  });

  it('accepts a token issued later in the same second as the revocation, refuses one issued earlier in it', () => {
    const revokedAt = parseRevokedAt(String(second * 1000 + 400), 0);
    expect(isRevoked(second * 1000 + 401, revokedAt)).toBe(false);
    expect(isRevoked(second * 1000 + 400, revokedAt)).toBe(true);
    expect(isRevoked(second * 1000 + 399, revokedAt)).toBe(true);
    expect(isRevoked(undefined, revokedAt)).toBe(true);
    expect(isRevoked(second * 1000, null)).toBe(false);
  });
});
