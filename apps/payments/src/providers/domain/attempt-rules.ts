import { ProviderTransactionStatus } from './mobile-money';
import { AttemptStatus } from './attempt-status';

/** What a provider says about one attempt (a webhook or a status answer), in our terms. */
export interface ProviderReport {
  status: ProviderTransactionStatus;
  /** Minor units captured, when the provider says. */
  amount: number | null;
  /** The capture's reference, when it differs from the attempt's provider reference (Paymob's transaction id). */
  captureReference: string | null;
  reason: string | null;
}

export type AttemptDecision =
  /** Nothing final yet. */
  | 'wait'
  /** The attempt brought money: hand it to PaymentOutcomes (which may say it is a second capture). */
  | 'capture'
  /** The attempt failed: record it (and fail the payment if it was the one in flight). */
  | 'fail'
  /** Already applied, or a failure reported after a success (out of order): no effect. */
  | 'ignore';

const CAPTURED: AttemptStatus[] = ['succeeded', 'refund_pending', 'refunded', 'refund_failed'];

/**
 * Updates arrive in any order and more than once: a success is final (a later failure changes
 * nothing), a failure can still be followed by a success (a late capture after a timeout), and an
 * attempt abandoned for the backup provider still counts if its money arrives.
 */
export function decide(current: AttemptStatus, report: ProviderReport): AttemptDecision {
  if (report.status === 'pending') return 'wait';
  if (CAPTURED.includes(current)) return 'ignore';
  if (report.status === 'succeeded') return 'capture';
  return current === 'failed' ? 'ignore' : 'fail';
}

/** The attempt was the payment's attempt in flight (its failure is the payment's failure). */
export function wasInFlight(status: AttemptStatus): boolean {
  return status === 'queued' || status === 'initiating' || status === 'processing';
}
