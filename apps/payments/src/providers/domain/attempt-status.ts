export const PROVIDER_NAMES = ['campay', 'noupay', 'stripe', 'paymob'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export type AttemptStatus =
  | 'queued' | 'initiating' | 'processing' | 'succeeded' | 'failed' | 'abandoned' | 'expired'
  | 'refund_pending' | 'refunded' | 'refund_failed';

/** Attempts that may still bring money (so webhooks and polls about them matter). */
export const LIVE_ATTEMPT_STATUSES: AttemptStatus[] = ['queued', 'initiating', 'processing', 'abandoned', 'expired', 'failed'];
/** The one attempt a payment may have in flight. */
export const ACTIVE_ATTEMPT_STATUSES: AttemptStatus[] = ['queued', 'initiating', 'processing'];
