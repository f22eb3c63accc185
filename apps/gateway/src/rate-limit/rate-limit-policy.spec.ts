import { decide, effectiveRule, rateLimitKey } from './rate-limit-policy';

describe('rate-limit policy', () => {
  const guest = { ip: '203.0.113.7' };
  const user = { ip: '203.0.113.7', userId: 'u-1' };

  it('applies the default per user when authenticated and the guest limit per IP otherwise', () => {
    expect(effectiveRule(undefined, user)).toEqual({ policy: 'default', by: 'user' });
    expect(effectiveRule(undefined, guest)).toEqual({ policy: 'guest', by: 'ip' });
    expect(effectiveRule({ policy: 'login', by: 'ip' }, user)).toEqual({ policy: 'login', by: 'ip' });
  });

  it('keys counters by namespace, policy and subject', () => {
    expect(rateLimitKey('platter', { policy: 'login', by: 'ip' }, user)).toBe('platter:ratelimit:login:ip:203.0.113.7');
    expect(rateLimitKey('e2e', { policy: 'order_create', by: 'user' }, user)).toBe('e2e:ratelimit:order_create:user:u-1');
  });

  it('keys a phone by its E.164 form, so other spellings of one number share its counter', () => {
    const rule = { policy: 'otp' as const, by: { body: 'phone', as: 'phone' as const } };
    const keys = ['+237670000001', '+237 670 00 00 01', '00237670000001', '670-000-001', '(670) 000 001'].map((phone) => rateLimitKey('p', rule, { ...guest, body: { phone } }));
    expect(new Set(keys)).toEqual(new Set(['p:ratelimit:otp:phone:+237670000001']));
  });

  it('keys by a body field (an OTP per phone), normalized', () => {
    const req = { ...guest, body: { phone: ' +237670000001 ' } };
    expect(rateLimitKey('platter', { policy: 'login', by: { body: 'phone' } }, req)).toBe('platter:ratelimit:login:phone:+237670000001');
  });

  it('falls back to the IP when the subject is missing, so omitting it escapes nothing', () => {
    expect(rateLimitKey('p', { policy: 'order_create', by: 'user' }, guest)).toBe('p:ratelimit:order_create:ip:203.0.113.7');
    expect(rateLimitKey('p', { policy: 'login', by: { body: 'phone' } }, { ...guest, body: { phone: 42 } })).toBe('p:ratelimit:login:ip:203.0.113.7');
    expect(rateLimitKey('p', { policy: 'login', by: { body: 'phone' } }, guest)).toBe('p:ratelimit:login:ip:203.0.113.7');
  });

  it('allows up to the limit and counts down what remains', () => {
    const now = 1_700_000_000_000;
    expect(decide(1, 5, 60_000, now)).toEqual({ allowed: true, limit: 5, remaining: 4, resetEpochSeconds: 1_700_000_060, retryAfterSeconds: 60 });
    expect(decide(5, 5, 30_000, now)).toMatchObject({ allowed: true, remaining: 0 });
    expect(decide(6, 5, 30_000, now)).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 30 });
  });

  it('rounds the reset and Retry-After up to whole seconds, never below 1', () => {
    const now = 1_700_000_000_400;
    expect(decide(9, 5, 1_200, now)).toMatchObject({ resetEpochSeconds: 1_700_000_002, retryAfterSeconds: 2 });
    expect(decide(9, 5, 0, now)).toMatchObject({ retryAfterSeconds: 1 });
  });
});
