import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { PlatterLogger } from '@platter/observability';
import { closeRedis, connectInBackground, failFastRedis } from '@platter/service-kit';
import { CatalogConfig } from '../../catalog.config';

/** A safety net only: events invalidate an entry as soon as its restaurant changes. */
export const BROWSE_CACHE_TTL_SECONDS = 600;

// Writes only if no invalidation happened since the read began (the restaurant's generation is
// unchanged), so a read racing an edit cannot put the old menu back after the event removed it.
const WRITE_SCRIPT = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
redis.call('SADD', KEYS[3], KEYS[2])
redis.call('EXPIRE', KEYS[3], ARGV[3])
return 1
`;

// Bumps the generation (kept a day, longer than any read) and drops every entry of the restaurant.
const INVALIDATE_SCRIPT = `
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], 86400)
local keys = redis.call('SMEMBERS', KEYS[2])
for _, key in ipairs(keys) do redis.call('DEL', key) end
redis.call('DEL', KEYS[2])
return #keys
`;

export interface Loaded<T> {
  restaurantId: string;
  value: T;
}

/**
 * Restaurant details and menus in Redis, per restaurant, reference (UUID or slug) and language.
 * Fails open: while Redis is down or slow (250 ms), reads go to PostgreSQL and writes are skipped.
 */
@Injectable()
export class BrowseCache implements OnModuleInit, OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(config: CatalogConfig, private readonly logger: PlatterLogger) {
    this.prefix = `${config.PLATTER_NAMESPACE}:catalog:browse`;
    this.redis = failFastRedis(config.REDIS_URL, (err) =>
      this.logger.warn(`Redis unreachable, public reads served from PostgreSQL: ${err.message}`, 'BrowseCache'),
    );
  }

  async onModuleInit(): Promise<void> {
    connectInBackground(this.redis);
  }

  async onModuleDestroy(): Promise<void> {
    await closeRedis(this.redis);
  }

  private generationKey(restaurantId: string): string {
    return `${this.prefix}:gen:${restaurantId}`;
  }

  private entriesKey(restaurantId: string): string {
    return `${this.prefix}:entries:${restaurantId}`;
  }

  private get usable(): boolean {
    return this.redis.status === 'ready';
  }

  /**
   * The cached value of `kind` for `ref` in `lang`, or `load()`'s, then cached. On a miss the
   * restaurant's generation is read BEFORE loading (`restaurantIdOf` resolves a slug first), so a
   * load that raced an edit and its invalidation is not written back stale.
   */
  async read<T>(kind: string, ref: string, lang: string | undefined, restaurantIdOf: () => Promise<string | null>, load: () => Promise<Loaded<T>>): Promise<T> {
    const key = `${this.prefix}:${kind}:${ref}:${lang ?? 'base'}`;
    if (!this.usable) return (await load()).value;
    let generationBefore: string | null = null;
    try {
      const cached = await this.redis.get(key);
      if (cached !== null) return JSON.parse(cached) as T;
      const restaurantId = await restaurantIdOf();
      if (restaurantId) generationBefore = (await this.redis.get(this.generationKey(restaurantId))) ?? '0';
    } catch {
      return (await load()).value;
    }
    const loaded = await load();
    try {
      // A slug that named no restaurant a moment ago cannot have been cached stale: nothing to guard.
      if (generationBefore === null) return loaded.value;
      const generation = generationBefore;
      await this.redis.eval(
        WRITE_SCRIPT, 3,
        this.generationKey(loaded.restaurantId), key, this.entriesKey(loaded.restaurantId),
        generation, JSON.stringify(loaded.value), BROWSE_CACHE_TTL_SECONDS,
      );
    } catch {
      // Not cached this time; the answer stands.
    }
    return loaded.value;
  }

  /**
   * Drops every cached entry of the restaurant. Throws when Redis fails, so the event is retried
   * (entries written before an outage would otherwise outlive the edit until their TTL).
   */
  async invalidate(restaurantId: string): Promise<void> {
    await this.redis.eval(INVALIDATE_SCRIPT, 2, this.generationKey(restaurantId), this.entriesKey(restaurantId));
  }

  /** Resolves once Redis answers (tests: until then every read goes to PostgreSQL). */
  async whenReady(timeoutMs = 5000): Promise<void> {
    if (this.usable) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis not ready after ${timeoutMs} ms`)), timeoutMs);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
