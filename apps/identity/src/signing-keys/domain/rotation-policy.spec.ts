import { RotationPolicy, isPublished, isRetirable, publishedUntil, rotationDue } from './rotation-policy';

const policy: RotationPolicy = { rotateAfterDays: 30, accessTokenTtlSeconds: 900, clockSkewSeconds: 60 };
const t0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const DAY = 86_400_000;

describe('signing key rotation policy', () => {
  it('rotates when the current key reaches its age, or when there is none', () => {
    expect(rotationDue({ activated_at: t0 }, at(30 * DAY - 1), policy)).toBe(false);
    expect(rotationDue({ activated_at: t0 }, at(30 * DAY), policy)).toBe(true);
    expect(rotationDue(null, t0, policy)).toBe(true);
  });

  it('keeps a replaced key published for one access-token lifetime plus the clock-skew margin', () => {
    expect(publishedUntil(t0, policy)).toEqual(at(960_000));
    const previous = { state: 'previous' as const, activated_at: at(-DAY), superseded_at: t0 };
    expect(isPublished(previous, at(959_999), policy)).toBe(true);
    expect(isRetirable(previous, at(959_999), policy)).toBe(false);
    expect(isPublished(previous, at(960_000), policy)).toBe(false);
    expect(isRetirable(previous, at(960_000), policy)).toBe(true);
  });

  it('always publishes the current key and never a retired one', () => {
    expect(isPublished({ state: 'current', activated_at: at(-365 * DAY), superseded_at: null }, t0, policy)).toBe(true);
    expect(isRetirable({ state: 'current', activated_at: at(-365 * DAY), superseded_at: null }, t0, policy)).toBe(false);
    const retired = { state: 'retired' as const, activated_at: at(-DAY), superseded_at: at(-1000) };
    expect(isPublished(retired, t0, policy)).toBe(false);
    expect(isRetirable(retired, t0, policy)).toBe(false);
  });
});
