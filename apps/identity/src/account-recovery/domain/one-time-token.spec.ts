import { hashOneTimeToken, isWellFormedToken, lifetimeMs, newOneTimeToken } from './one-time-token';

const lifetimes = { passwordResetMinutes: 30, emailVerificationHours: 48, accountUnlockMinutes: 30 };
const now = new Date('2026-01-10T08:00:00Z');

describe('one-time tokens', () => {
  it('issues 32 random bytes as base64url and keeps only their SHA-256', () => {
    const issued = newOneTimeToken('password_reset', lifetimes, now);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(issued.token, 'base64url')).toHaveLength(32);
    expect(issued.hash).toBe(hashOneTimeToken(issued.token));
    expect(issued.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.hash).not.toContain(issued.token);
    expect(newOneTimeToken('password_reset', lifetimes, now).token).not.toBe(issued.token);
  });

  it('gives a reset link 30 minutes, a verification link 48 hours and an unlock link 30 minutes by default', () => {
    expect(newOneTimeToken('password_reset', lifetimes, now).expiresAt.toISOString()).toBe('2026-01-10T08:30:00.000Z');
    expect(newOneTimeToken('email_verification', lifetimes, now).expiresAt.toISOString()).toBe('2026-01-12T08:00:00.000Z');
    expect(newOneTimeToken('account_unlock', lifetimes, now).expiresAt.toISOString()).toBe('2026-01-10T08:30:00.000Z');
    const configured = { passwordResetMinutes: 5, emailVerificationHours: 1, accountUnlockMinutes: 7 };
    expect(lifetimeMs('password_reset', configured)).toBe(300_000);
    expect(lifetimeMs('email_verification', configured)).toBe(3_600_000);
    expect(lifetimeMs('account_unlock', configured)).toBe(420_000);
  });

  it('hashes the same token to the same value, and different tokens apart', () => {
    expect(hashOneTimeToken('a'.repeat(43))).toBe(hashOneTimeToken('a'.repeat(43)));
    expect(hashOneTimeToken('a'.repeat(43))).not.toBe(hashOneTimeToken('b'.repeat(43)));
  });

  it.each([
    ['issued', newOneTimeToken('email_verification', lifetimes, now).token, true],
    ['too short', 'a'.repeat(42), false],
    ['too long', 'a'.repeat(44), false],
    ['padded base64', `${'a'.repeat(42)}=`, false],
    ['with a space', `${'a'.repeat(21)} ${'a'.repeat(21)}`, false],
    ['not a string', 42, false],
    ['missing', undefined, false],
  ])('tells a well-formed token (%s)', (_, value, expected) => {
    expect(isWellFormedToken(value)).toBe(expected);
  });
});
