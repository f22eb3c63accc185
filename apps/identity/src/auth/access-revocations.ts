import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { revokedKey } from '@platter/auth';
import { PlatterError } from '@platter/contracts';
import { closeRedis } from '@platter/service-kit';
import { IdentityConfig } from '../identity.config';

/** Seconds the entry outlives the longest access token it may have to refuse (clock drift between hosts). */
const CLOCK_MARGIN_SECONDS = 30;

/**
 * Writes the revocation list the gateway reads (see `revokedKey` in @platter/auth): ending every
 * session of a user also makes their access tokens stop at once, not when they expire. The write
 * happens inside the transaction that ends the sessions and fails it when Redis does not answer:
 * the change is refused (503) rather than recorded while the user's tokens keep working.
 */
@Injectable()
export class AccessRevocations implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(private readonly config: IdentityConfig) {
    // Connected by the first write, which waits for it (a bounded time: one try, 1 s per command).
    this.redis = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, commandTimeout: 1000, connectTimeout: 2000 });
    this.redis.on('error', () => undefined); // each failed write reports itself
  }

  async onModuleDestroy(): Promise<void> {
    await closeRedis(this.redis);
  }

  /**
   * Every access token of the user issued up to now is refused from now on. In milliseconds: a
   * sign-in right after (a password reset, then the new password) is not refused with the old tokens.
   */
  async revokeAccessTokensOf(userId: string, now = new Date()): Promise<void> {
    const revokedAt = now.getTime();
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS + CLOCK_MARGIN_SECONDS;
    try {
      await this.redis.set(revokedKey(this.config.PLATTER_NAMESPACE, userId), String(revokedAt), 'EX', ttl);
    } catch (err) {
      throw new PlatterError('SERVICE_UNAVAILABLE', `Could not end the account's access tokens now (${(err as Error).message}); nothing was changed, try again`);
    }
  }
}
