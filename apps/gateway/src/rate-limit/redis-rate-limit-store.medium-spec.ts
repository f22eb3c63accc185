import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { RedisRateLimitStore } from './redis-rate-limit-store';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('RedisRateLimitStore against Redis', () => {
  const prefix = `medium-${randomUUID()}:ratelimit`;
  const admin = new Redis(REDIS_URL);
  const store = new RedisRateLimitStore(REDIS_URL);
  const other = new RedisRateLimitStore(REDIS_URL);

  beforeAll(async () => {
    await store.onModuleInit();
    await other.onModuleInit();
    // Commands fail fast until connected (no offline queue): wait for both connections.
    for (const s of [store, other]) while (!(await s.probe()).up) await new Promise((r) => setTimeout(r, 20));
  });

  afterAll(async () => {
    const keys = await admin.keys(`${prefix}:*`);
    if (keys.length) await admin.del(...keys);
    await Promise.all([store.onModuleDestroy(), other.onModuleDestroy(), admin.quit()]);
  });

  it('counts hits in one window that the first hit starts', async () => {
    const key = `${prefix}:login:ip:1`;
    const first = await store.hit(key, 60_000);
    expect(first.count).toBe(1);
    expect(first.ttlMs).toBeGreaterThan(59_000);
    expect((await store.hit(key, 60_000)).count).toBe(2);
    expect((await admin.pttl(key))).toBeLessThanOrEqual(60_000);
  });

  it('shares counters between instances (several gateways)', async () => {
    const key = `${prefix}:register:ip:2`;
    await store.hit(key, 60_000);
    await other.hit(key, 60_000);
    expect((await store.hit(key, 60_000)).count).toBe(3);
  });

  it('starts a new window once the old one has expired', async () => {
    const key = `${prefix}:guest:ip:3`;
    await store.hit(key, 100);
    await store.hit(key, 100);
    await new Promise((r) => setTimeout(r, 150));
    expect((await store.hit(key, 100)).count).toBe(1);
  });

  it('gives a key that lost its expiry one again', async () => {
    const key = `${prefix}:default:user:4`;
    await admin.set(key, '7');
    const hit = await store.hit(key, 60_000);
    expect(hit).toEqual({ count: 8, ttlMs: 60_000 });
    expect(await admin.pttl(key)).toBeGreaterThan(0);
  });

  it('fails fast when Redis is unreachable, and says so in its probe', async () => {
    const errors: Error[] = [];
    const down = new RedisRateLimitStore('redis://127.0.0.1:1', (err) => errors.push(err));
    await down.onModuleInit();
    const started = Date.now();
    await expect(down.hit(`${prefix}:x`, 60_000)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await down.probe()).toMatchObject({ up: false });
    await down.onModuleDestroy();
    expect(await store.probe()).toMatchObject({ up: true });
  });
});
