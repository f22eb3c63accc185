import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { AfterCommit } from '../../transactions/after-commit';
import { PaymentOutcomes } from '../../payments/payment-outcomes';
import { PaymentsConfig } from '../../payments.config';
import { ProviderReport, decide, wasInFlight } from '../domain/attempt-rules';
import { PaymentAttemptRepository } from './payment-attempt.repository';
import { DoubleCaptureRefunds } from './double-capture-refunds';
import { PaymentRepository } from '../../payments/payment.repository';

/**
 * Applies what a provider says about an attempt (webhook or status poll) to the attempt and its
 * payment, under the payment's lock: PaymentOutcomes decides what a capture means (first, or a
 * second one that is given back at once through the provider that took it).
 */
@Injectable()
export class AttemptResolver {
  private readonly log = new Logger('AttemptResolver');

  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly attempts: PaymentAttemptRepository,
    private readonly outcomes: PaymentOutcomes,
    private readonly afterCommit: AfterCommit,
    private readonly doubleCaptures: DoubleCaptureRefunds,
    private readonly config: PaymentsConfig,
  ) {}

  /** In the caller's transaction (or its own). Returns what it did, for the webhook receipt. */
  apply(attemptId: string, report: ProviderReport): Promise<string> {
    return this.tx.run(async () => {
      const paymentId = await this.attempts.paymentIdOf(attemptId);
      if (!paymentId) return 'unknown_attempt';
      // Payment first, then attempt: the order every writer takes the locks in.
      const payment = await this.payments.lock({ id: paymentId });
      const attempt = await this.attempts.lock(attemptId);
      if (!payment || !attempt) return 'unknown_attempt';

      const decision = decide(attempt.status, report);
      if (decision === 'wait') return 'pending';
      if (decision === 'ignore') return attempt.status === 'failed' ? 'already_failed' : 'already_captured';

      if (decision === 'fail') {
        const reason = report.reason ?? 'PROVIDER_DECLINED';
        // A Stripe intent survives a declined card: the payer may confirm it again with the same client_secret.
        const keepOpen = attempt.provider === 'stripe' && wasInFlight(attempt.status) && reason !== 'PAYMENT_TIMEOUT';
        await this.attempts.update(attempt.id, keepOpen ? { failure_reason: reason } : { status: 'failed', failure_reason: reason, next_check_at: null });
        if (wasInFlight(attempt.status)) await this.outcomes.fail(payment, { provider: attempt.provider, reason, final: false });
        return 'failed';
      }

      const amount = report.amount ?? attempt.amount;
      const captureReference = report.captureReference ?? attempt.provider_reference;
      await this.attempts.update(attempt.id, { status: 'succeeded', captured_amount: amount, capture_reference: captureReference, failure_reason: null, next_check_at: null });
      const result = await this.outcomes.succeed(payment, { provider: attempt.provider, reference: captureReference, amount });
      if (result === 'succeeded') return 'captured';
      // Money the payment did not need (a second capture, or one short of the amount due): give it back.
      this.log.warn(`payment ${payment.id}: attempt ${attempt.id} at ${attempt.provider} captured ${amount} that is not needed; refunding it`);
      await this.attempts.update(attempt.id, { status: 'refund_pending', next_check_at: new Date() });
      this.afterCommit.run(() => this.doubleCaptures.process(attempt.id));
      return 'second_capture_refunding';
    });
  }

  /** When the status poll should ask about an attempt the provider now has. */
  firstCheckAt(now = new Date()): Date {
    return new Date(now.getTime() + this.config.PAYMENT_STATUS_POLL_AFTER_SECONDS * 1000);
  }
}
