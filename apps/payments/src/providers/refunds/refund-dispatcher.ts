import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { PaymentsConfig } from '../../payments.config';
import { ProviderRefunds } from '../provider-refunds.port';
import { RefundIssuer } from '../../refunds/refund-issuer';
import { RefundRepository } from '../../refunds/refund.repository';
import { RefundWakeups } from '../../refunds/refund-wakeups';
import { PaymentRepository } from '../../payments/payment.repository';

/**
 * Sends provider refunds once their transaction has committed: right away on a wake-up, and from
 * a periodic sweep for the ones a restart or an unreachable provider left behind. The refund's id is
 * the provider call's idempotency key, so sending twice never refunds twice.
 */
@Injectable()
export class RefundDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('RefundDispatcher');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly tx: TransactionHost,
    private readonly refunds: RefundRepository,
    private readonly payments: PaymentRepository,
    private readonly issuer: RefundIssuer,
    private readonly wakeups: RefundWakeups,
    private readonly providers: ProviderRefunds,
    @Inject(PaymentsConfig) private readonly config: PaymentsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.wakeups.listen((id) => void this.send(id).catch((err: Error) => this.log.warn(`refund ${id}: ${err.message}`)));
    this.timer = setInterval(() => void this.sweep().catch((err: Error) => this.log.warn(`refund sweep: ${err.message}`)), this.config.REFUND_RETRY_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Sends every provider refund that is due; returns how many were tried. */
  async sweep(): Promise<number> {
    const due = await this.refunds.dueProviderRefundIds();
    for (const id of due) await this.send(id);
    return due.length;
  }

  /** One attempt at one refund (skipped if another replica or attempt has it). */
  async send(refundId: string): Promise<void> {
    const backoffSeconds = Math.ceil(this.config.REFUND_RETRY_INTERVAL_MS / 1000);
    // Claims the refund: the next attempt waits for the back-off, so a slow call is not doubled.
    const refund = await this.refunds.claimForSending(refundId, backoffSeconds);
    if (!refund) return;
    if (refund.attempts > this.config.REFUND_MAX_ATTEMPTS) {
      await this.tx.run(() => this.issuer.fail(refund.id, 'PROVIDER_UNREACHABLE'));
      return;
    }
    const payment = await this.payments.findById(refund.payment_id);
    let result;
    try {
      result = await this.providers.refund({
        provider: refund.provider ?? payment.provider,
        paymentId: payment.id,
        providerReference: payment.provider_reference,
        amount: refund.amount,
        currency: refund.currency,
        payerPhone: payment.payer_phone,
        reason: refund.reason,
        idempotencyKey: refund.id,
      });
    } catch (err) {
      // Unreachable or unexpected: stays 'sending' until its next attempt is due.
      this.log.warn(`refund ${refund.id} via ${refund.provider}: attempt ${refund.attempts} failed: ${(err as Error).message}`);
      return;
    }
    await this.tx.run(async () => {
      if (result.status === 'succeeded') await this.issuer.complete(refund.id, result.reference);
      else if (result.status === 'failed') await this.issuer.fail(refund.id, result.reason ?? 'PROVIDER_REFUSED');
      else await this.refunds.markPending(refund.id, result.reference);
    });
  }
}
