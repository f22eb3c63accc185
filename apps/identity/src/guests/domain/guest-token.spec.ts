import { guestSessionExpiry, hashGuestToken, isGuestTokenShaped, newGuestToken } from './guest-token';

describe('guest tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const token = newGuestToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isGuestTokenShaped(token)).toBe(true);
    expect(newGuestToken()).not.toBe(token);
  });

  it('are kept as their SHA-256 in hex, never as themselves', () => {
    const token = newGuestToken();
    expect(hashGuestToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashGuestToken(token)).toBe(hashGuestToken(token));
    expect(hashGuestToken(token)).not.toContain(token);
  });

  it.each([[''], ['short'], ['a'.repeat(44)], [`${'a'.repeat(42)}=`], [`${'a'.repeat(42)}+`], [42], [null]])('refuses %p as a token', (candidate) => {
    expect(isGuestTokenShaped(candidate)).toBe(false);
  });

  it('expires after the configured hours', () => {
    expect(guestSessionExpiry(new Date('2026-01-01T00:00:00Z'), 168).toISOString()).toBe('2026-01-08T00:00:00.000Z');
  });
});
