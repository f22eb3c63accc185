import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { ProviderCallError } from '../provider-http';
import { ProviderRefunds } from '../provider-refunds.port';
import { PaymentAttemptRepository } from './payment-attempt.repository';

/** How long before a refund that could not reach its provider is tried again. */
export const DOUBLE_CAPTURE_RETRY_MS = 60_000;

/**
 * Gives back a capture the payment did not need (an abandoned attempt whose money arrived after
 * another attempt's): through the provider that took it, once (idempotency key per attempt), retried
 * by the sweeper while the provider is unreachable. Its bookkeeping is the attempt's own
 * (refund_pending → refunded | refund_failed): the payment itself was paid once.
 */
@Injectable()
export class DoubleCaptureRefunds {
  private readonly log = new Logger('DoubleCaptureRefunds');

  constructor(
    private readonly tx: TransactionHost,
    private readonly attempts: PaymentAttemptRepository,
    private readonly refunds: ProviderRefunds,
  ) {}

  /** Attempts whose refund is due, claimed so that one replica sends each. */
  async due(limit = 10): Promise<string[]> {
    return this.tx.outside(() =>
      this.tx.run(() => this.attempts.claimDueRefunds(limit)),
    );
  }

  process(attemptId: string): Promise<void> {
    return this.tx.outside(async () => {
      // Claim: push next_check_at away so a concurrent sweep leaves it alone while we call the provider.
      const claimed = await this.tx.run(async () => {
        const row = await this.attempts.lockDueRefund(attemptId);
        if (!row) return null;
        await this.attempts.update(attemptId, { next_check_at: new Date(Date.now() + DOUBLE_CAPTURE_RETRY_MS) });
        return row;
      });
      if (!claimed) return;
      try {
        const result = await this.refunds.refund({
          provider: claimed.provider,
          paymentId: claimed.payment_id,
          providerReference: claimed.capture_reference ?? claimed.provider_reference,
          amount: Number(claimed.captured_amount ?? claimed.amount),
          currency: String(claimed.currency).trim(),
          payerPhone: claimed.phone ?? claimed.payment_payer_phone ?? null,
          reason: 'Second capture of an already paid payment',
          idempotencyKey: `dup_${String(claimed.id).replace(/-/g, '')}`,
        });
        await this.tx.run(() =>
          this.attempts.update(attemptId, {
            status: result.status === 'failed' ? 'refund_failed' : 'refunded',
            refund_reference: result.reference,
            failure_reason: result.status === 'failed' ? (result.reason ?? 'REFUND_FAILED') : null,
            next_check_at: null,
          }),
        );
        if (result.status === 'failed') this.log.error(`attempt ${attemptId}: refund of a second capture refused (${result.reason}); an operator must pay it back`);
      } catch (err) {
        if (!(err instanceof ProviderCallError)) throw err;
        this.log.warn(`attempt ${attemptId}: refund of a second capture not sent (${err.message}); retrying later`);
      }
    });
  }
}
