import { Injectable } from '@nestjs/common';
import { GatewayConfig } from '../gateway.config';
import { RateLimitExceededError } from './rate-limit-exceeded.error';
import { RATE_LIMIT_WINDOW_MS, decide, rateLimitKey } from './rate-limit-policy';
import { RedisRateLimitStore } from './redis-rate-limit-store';

/**
 * The per-IP limit on failed authentication (policy `auth_failure`). The route limits run after the
 * auth guard, so a refused token never reached them: the guard reports each refusal here (not an
 * expired token's), and the login route reports wrong credentials (refresh does not:
 * docs/security.md). Only failures are counted, so an attacker's garbage does not lock out valid
 * tokens from the same IP (a NAT); past the limit, that IP's next failures answer 429 and its logins
 * are refused before a password is checked. Fails open with Redis, like the other limits.
 */
@Injectable()
export class FailedAuthLimiter {
  constructor(
    private readonly store: RedisRateLimitStore,
    private readonly config: GatewayConfig,
  ) {}

  /** Counts one failure of `ip`; throws 429 RATE_LIMIT_EXCEEDED when it is past the limit. */
  async recordFailure(ip: string | undefined): Promise<void> {
    const key = this.key(ip);
    const counted = await this.store.hit(key, RATE_LIMIT_WINDOW_MS).catch(() => null);
    if (counted) this.refuseIfOver(counted.count, counted.ttlMs);
  }

  /** Before checking a password: 429 when `ip` has already failed too often this window. */
  async refuseIfExceeded(ip: string | undefined): Promise<void> {
    const seen = await this.store.peek(this.key(ip)).catch(() => null);
    // The count so far; one more attempt must not make it exceed the limit.
    if (seen) this.refuseIfOver(seen.count + 1, seen.ttlMs);
  }

  private refuseIfOver(count: number, ttlMs: number): void {
    const decision = decide(count, this.config.rateLimitsPerMinute.auth_failure, ttlMs, Date.now());
    if (!decision.allowed) throw new RateLimitExceededError(decision.retryAfterSeconds);
  }

  private key(ip: string | undefined): string {
    return rateLimitKey(this.config.PLATTER_NAMESPACE, { policy: 'auth_failure', by: 'ip' }, { ip: ip ?? 'unknown' });
  }
}
