import { PlatterError } from '@platter/contracts';

/** 429 RATE_LIMIT_EXCEEDED; the exception filter puts `retryAfter` in the envelope and the Retry-After header. */
export class RateLimitExceededError extends PlatterError {
  constructor(readonly retryAfter: number) {
    super('RATE_LIMIT_EXCEEDED', `Too many requests. Try again in ${retryAfter} seconds.`);
  }
}
