import { GatewayConfig } from '../gateway.config';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { RedisRateLimitStore, WindowCount } from './redis-rate-limit-store';

/** Counters in a Map, as RedisRateLimitStore keeps them in Redis (one window, never expiring here). */
class MapStore {
  readonly counts = new Map<string, number>();
  down = false;
  async hit(key: string): Promise<WindowCount> {
    if (this.down) throw new Error('ECONNREFUSED');
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return { count, ttlMs: 42_000 };
  }
  async peek(key: string): Promise<WindowCount> {
    if (this.down) throw new Error('ECONNREFUSED');
    return { count: this.counts.get(key) ?? 0, ttlMs: 42_000 };
  }
}

function limiter(limit: number) {
  const store = new MapStore();
  const config = Object.assign(new GatewayConfig(), { PLATTER_NAMESPACE: 'unit', RATE_LIMIT_AUTH_FAILURE_PER_MIN: limit });
  return { store, limiter: new FailedAuthLimiter(store as unknown as RedisRateLimitStore, config) };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'passed',
    (err: { code: string }) => err.code,
  );
}

describe('FailedAuthLimiter', () => {
  it('lets an IP fail up to the limit, then answers 429 with Retry-After; other IPs are not affected', async () => {
    const { limiter: l, store } = limiter(3);
    for (let i = 0; i < 3; i++) expect(await codeOf(l.recordFailure('203.0.113.9'))).toBe('passed');
    const refused = await l.recordFailure('203.0.113.9').catch((e) => e);
    expect(refused).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', retryAfter: 42 });
    expect(await codeOf(l.recordFailure('198.51.100.1'))).toBe('passed');
    expect([...store.counts.keys()]).toContain('unit:ratelimit:auth_failure:ip:203.0.113.9');
  });

  it('refuses a login up front only once the IP has used up its failures', async () => {
    const { limiter: l } = limiter(2);
    await l.recordFailure('203.0.113.9');
    expect(await codeOf(l.refuseIfExceeded('203.0.113.9'))).toBe('passed');
    await l.recordFailure('203.0.113.9');
    expect(await codeOf(l.refuseIfExceeded('203.0.113.9'))).toBe('RATE_LIMIT_EXCEEDED');
    expect(await codeOf(l.refuseIfExceeded('198.51.100.1'))).toBe('passed');
  });

  it('fails open when Redis does not answer', async () => {
    const { limiter: l, store } = limiter(1);
    store.down = true;
    for (let i = 0; i < 3; i++) expect(await codeOf(l.recordFailure('203.0.113.9'))).toBe('passed');
    expect(await codeOf(l.refuseIfExceeded('203.0.113.9'))).toBe('passed');
  });
});
