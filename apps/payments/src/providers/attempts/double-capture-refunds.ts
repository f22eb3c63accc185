import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { ProviderCallError } from '../provider-http';
import { ProviderRefunds } from '../provider-refunds.port';
import { AttemptStore } from './attempt-store';

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
    private readonly attempts: AttemptStore,
    private readonly refunds: ProviderRefunds,
  ) {}

  /** Attempts whose refund is due, claimed so that one replica sends each. */
  async due(limit = 10): Promise<string[]> {
    return this.tx.outside(() =>
      this.tx.run(async () => {
        const rows: Array<{ id: string }> = await this.tx.manager.query(
          `SELECT id FROM payment_attempts WHERE status = 'refund_pending' AND next_check_at <= now() ORDER BY next_check_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
        return rows.map((r) => r.id);
      }),
    );
  }

  process(attemptId: string): Promise<void> {
    return this.tx.outside(async () => {
      // Claim: push next_check_at away so a concurrent sweep leaves it alone while we call the provider.
      const claimed = await this.tx.run(async () => {
        const [row] = await this.tx.manager.query(
          `SELECT a.*, p.payer_phone AS payment_payer_phone FROM payment_attempts a JOIN payments p ON p.id = a.payment_id
           WHERE a.id = $1 AND a.status = 'refund_pending' AND a.next_check_at <= now() FOR UPDATE OF a SKIP LOCKED`,
          [attemptId],
        );
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
