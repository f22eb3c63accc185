import { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { closeRedis, connectInBackground, failFastRedis } from '@platter/service-kit';
import { RevocationLookup, parseRevokedAt, revokedKey } from './token-revocations';

/**
 * The revocation list in Redis: one GET per authenticated request, nothing cached (a cached "not
 * revoked" would let a suspended user through for as long as it lives). Fails within 250 ms while
 * Redis is away; the guard then decides (JwtAuthGuard's `failClosed`).
 */
export class RedisRevocationLookup implements RevocationLookup, OnModuleInit, OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly namespace: string,
    onUnreachable: (err: Error) => void = () => undefined,
  ) {
    this.redis = failFastRedis(url, onUnreachable);
  }

  onModuleInit(): void {
    connectInBackground(this.redis);
  }

  async onModuleDestroy(): Promise<void> {
    await closeRedis(this.redis);
  }

  async revokedAt(userId: string): Promise<number | null> {
    return parseRevokedAt(await this.redis.get(revokedKey(this.namespace, userId)), Date.now());
  }
}
