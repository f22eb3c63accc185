import { SetMetadata } from '@nestjs/common';
import { RateLimitPolicy, RateLimitRule, RateLimitSubject } from './rate-limit-policy';

export const RATE_LIMIT_KEY = 'platter:gateway:rate-limit';

/** The route counts against `policy` (its limit is configured in GatewayConfig) instead of the default. */
export const RateLimit = (policy: RateLimitPolicy, by: RateLimitSubject) => SetMetadata<string, RateLimitRule>(RATE_LIMIT_KEY, { policy, by });
