import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable } from 'rxjs';
import { Counter } from 'prom-client';
import type { VerifiedActor } from '@platter/auth';
import { Metrics, PlatterLogger } from '@platter/observability';
import { GatewayConfig } from '../gateway.config';
import { API_PREFIX } from '../http/configure-http';
import { RATE_LIMIT_KEY } from './rate-limit.decorator';
import { RateLimitExceededError } from './rate-limit-exceeded.error';
import { LimitedRequest, RATE_LIMIT_WINDOW_MS, RateLimitRule, decide, effectiveRule, rateLimitKey } from './rate-limit-policy';
import { RedisRateLimitStore, WindowCount } from './redis-rate-limit-store';

interface HttpRequest {
  ip: string;
  body?: unknown;
  actor?: VerifiedActor;
  routeOptions?: { url?: string };
}

interface HttpReply {
  header(name: string, value: string): unknown;
}

/** A warning at most this often while Redis is unreachable. */
const WARN_EVERY_MS = 30_000;

/**
 * Counts every /api/v1 request (health, metrics and docs are not limited) against its route's
 * @RateLimit policy or the default, and refuses it with 429 past the limit. Runs after the auth
 * guards so it knows the user. If Redis fails, the request goes through: availability first.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  private readonly refused: Counter<'policy'>;
  private readonly storeFailures: Counter;
  private lastWarning = 0;

  constructor(
    private readonly reflector: Reflector,
    private readonly store: RedisRateLimitStore,
    private readonly config: GatewayConfig,
    private readonly logger: PlatterLogger,
    metrics: Metrics,
  ) {
    const registers = [metrics.registry];
    this.refused = new Counter({ name: 'rate_limit_refused_total', help: 'Requests refused with 429, by policy', labelNames: ['policy'], registers });
    this.storeFailures = new Counter({ name: 'rate_limit_store_failures_total', help: 'Requests let through because Redis did not answer', registers });
  }

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<HttpRequest>();
    if (!(req.routeOptions?.url ?? '').startsWith(`/${API_PREFIX}`)) return next.handle();

    const limited: LimitedRequest = { ip: req.ip, userId: req.actor?.user_id, body: req.body };
    const routeRule = this.reflector.getAllAndOverride<RateLimitRule | undefined>(RATE_LIMIT_KEY, [ctx.getHandler(), ctx.getClass()]);
    const rule = effectiveRule(routeRule, limited);
    const counted = await this.count(rateLimitKey(this.config.PLATTER_NAMESPACE, rule, limited));
    if (!counted) return next.handle();

    const decision = decide(counted.count, this.config.rateLimitsPerMinute[rule.policy], counted.ttlMs, Date.now());
    const reply = ctx.switchToHttp().getResponse<HttpReply>();
    reply.header('X-RateLimit-Limit', String(decision.limit));
    reply.header('X-RateLimit-Remaining', String(decision.remaining));
    reply.header('X-RateLimit-Reset', String(decision.resetEpochSeconds));
    if (!decision.allowed) {
      this.refused.inc({ policy: rule.policy });
      throw new RateLimitExceededError(decision.retryAfterSeconds);
    }
    return next.handle();
  }

  private async count(key: string): Promise<WindowCount | null> {
    try {
      return await this.store.hit(key, RATE_LIMIT_WINDOW_MS);
    } catch (err) {
      this.storeFailures.inc();
      if (Date.now() - this.lastWarning > WARN_EVERY_MS) {
        this.lastWarning = Date.now();
        this.logger.warn(`rate limits not enforced, Redis did not answer: ${(err as Error).message}`, 'RateLimitInterceptor');
      }
      return null;
    }
  }
}
