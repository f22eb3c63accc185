import Redis from 'ioredis';

/**
 * A Redis client for what must never hold a request up (rate-limit counters, read caches):
 * commands fail within 250 ms while Redis is away (no offline queue, no retries), so the caller
 * falls back at once, and it keeps reconnecting in the background. `onUnreachable` hears of an
 * outage once, not on every failed reconnect. Connect it with `connectInBackground`.
 */
export function failFastRedis(url: string, onUnreachable: (err: Error) => void = () => undefined): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 250,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  });
  let reported = false;
  redis.on('error', (err: Error) => {
    if (!reported) onUnreachable(err);
    reported = true;
  });
  redis.on('ready', () => (reported = false));
  return redis;
}

/** Starts connecting without waiting: the service serves (falling back) until Redis answers. */
export function connectInBackground(redis: Redis): void {
  redis.connect().catch(() => undefined);
}

/** Closes the client; quit() waits for an answer, and while reconnecting there is none to wait for. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  else redis.disconnect();
}
