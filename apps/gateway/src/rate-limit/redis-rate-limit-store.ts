import { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { closeRedis, connectInBackground, failFastRedis } from '@platter/service-kit';

/** The count of a window so far (this request included) and the milliseconds until it ends. */
export interface WindowCount {
  count: number;
  ttlMs: number;
}

// A fixed window per key, atomically: the first hit starts it (PEXPIRE), later hits only count.
// A key that somehow lost its expiry gets one again, so it can never block forever.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

/**
 * Counters in Redis, so every gateway instance shares them. Commands fail fast while Redis is
 * unreachable (no offline queue, short timeout): the caller then lets requests through.
 */
export class RedisRateLimitStore implements OnModuleInit, OnModuleDestroy {
  private readonly redis: Redis;

  constructor(url: string, onConnectionError: (err: Error) => void = () => undefined) {
    this.redis = failFastRedis(url, onConnectionError);
  }

  async onModuleInit(): Promise<void> {
    // Not awaited for readiness: the gateway serves (unlimited) until Redis answers.
    connectInBackground(this.redis);
  }

  async onModuleDestroy(): Promise<void> {
    await closeRedis(this.redis);
  }

  /** Counts one request against `key`'s current window of `windowMs`. */
  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [count, ttlMs] = (await this.redis.eval(HIT_SCRIPT, 1, key, windowMs)) as [number, number];
    return { count, ttlMs };
  }

  /** The window's count so far without counting anything (0 when no window is open). */
  async peek(key: string): Promise<WindowCount> {
    const [count, ttlMs] = (await this.redis.multi().get(key).pttl(key).exec())!.map(([err, value]) => {
      if (err) throw err;
      return value;
    }) as [string | null, number];
    return { count: Number(count ?? 0), ttlMs: Math.max(0, ttlMs) };
  }

  /** For /health/ready. */
  async probe(): Promise<{ up: boolean; details: Record<string, unknown> }> {
    const started = performance.now();
    try {
      await this.redis.ping();
      return { up: true, details: { responseTimeMs: Math.round(performance.now() - started) } };
    } catch (err) {
      return { up: false, details: { message: (err as Error).message } };
    }
  }
}
