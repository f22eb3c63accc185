import { normalizePhone } from '@platter/contracts';

/** The named limits; each one's requests per minute come from GatewayConfig. */
export type RateLimitPolicy = 'login' | 'register' | 'otp' | 'password_reset' | 'order_create' | 'order_update' | 'default' | 'guest' | 'webhook' | 'auth_failure';

/**
 * Whose requests a policy counts: the client IP, the authenticated user, or a body field (e.g. a
 * phone for OTPs). A phone is counted in its E.164 form, so `+237 670…`, `00237670…` and `670…`
 * share one counter.
 */
export type RateLimitSubject = 'ip' | 'user' | { body: string; as?: 'phone' };

export interface RateLimitRule {
  policy: RateLimitPolicy;
  by: RateLimitSubject;
}

/** Every limit counts requests per minute. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/** What the limiter knows of a request. */
export interface LimitedRequest {
  ip: string;
  userId?: string;
  body?: unknown;
}

/** The route's own rule, else the default: per user when authenticated, per IP for guests. */
export function effectiveRule(routeRule: RateLimitRule | undefined, req: LimitedRequest): RateLimitRule {
  if (routeRule) return routeRule;
  return req.userId ? { policy: 'default', by: 'user' } : { policy: 'guest', by: 'ip' };
}

/**
 * The counter's Redis key. A subject the request lacks (no user, no such body field) falls back
 * to the IP, so leaving it out never escapes the limit.
 */
export function rateLimitKey(namespace: string, rule: RateLimitRule, req: LimitedRequest): string {
  const subject = subjectOf(rule.by, req) ?? `ip:${req.ip}`;
  return `${namespace}:ratelimit:${rule.policy}:${subject}`;
}

function subjectOf(by: RateLimitSubject, req: LimitedRequest): string | undefined {
  if (by === 'ip') return `ip:${req.ip}`;
  if (by === 'user') return req.userId ? `user:${req.userId}` : undefined;
  const value = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>)[by.body] : undefined;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const canonical = (by.as === 'phone' ? normalizePhone(value) : null) ?? value.trim().toLowerCase();
  return `${by.body}:${canonical}`;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** X-RateLimit-Reset: when the window ends, in epoch seconds. */
  resetEpochSeconds: number;
  /** Retry-After of a refused request: whole seconds until the window ends, at least 1. */
  retryAfterSeconds: number;
}

/** The decision and header values for the `count`-th request of a window that ends in `ttlMs`. */
export function decide(count: number, limit: number, ttlMs: number, nowMs: number): RateLimitDecision {
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetEpochSeconds: Math.ceil((nowMs + ttlMs) / 1000),
    retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)),
  };
}
