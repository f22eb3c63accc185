import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { PaymentsConfig } from '../../payments.config';
import { ProviderReport } from '../domain/attempt-rules';
import { AttemptResolver } from '../attempts/attempt-resolver';
import { PaymentAttemptRepository } from '../attempts/payment-attempt.repository';
import { DoubleCaptureRefunds } from '../attempts/double-capture-refunds';
import { PaymentAttempt } from '../attempts/payment-attempt.entity';
import { MobileMoneyCheckout } from '../checkout/mobile-money-checkout';
import { MobileMoneyProvider } from '../providers.config';
import { ProviderCallError } from '../provider-http';
import { ProviderClients } from '../provider-clients';
import { PaymobTransaction } from '../paymob/paymob.client';

/** Back-off between two questions about the same attempt: 1×, 2×, 4× ... the first delay, at most 10 minutes. */
export function nextCheckDelayMs(firstDelaySeconds: number, ageMs: number): number {
  const first = firstDelaySeconds * 1000;
  const steps = Math.max(0, Math.floor(Math.log2(Math.max(1, ageMs / first))));
  return Math.min(first * 2 ** steps, 10 * 60_000);
}

/**
 * The status poll, on every replica: attempts whose provider has not answered in
 * PAYMENT_STATUS_POLL_AFTER_SECONDS are asked about (claimed with FOR UPDATE SKIP LOCKED so one
 * replica asks; the claim pushes next_check_at on), with back-off, until they expire; also sends
 * the refunds of second captures, unsticks attempts whose process died mid-call, and pushes
 * mobile-money payments that have a payer phone but were never started.
 */
@Injectable()
export class AttemptPoller implements OnApplicationShutdown {
  private readonly log = new Logger('AttemptPoller');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly tx: TransactionHost,
    private readonly config: PaymentsConfig,
    private readonly clients: ProviderClients,
    private readonly attempts: PaymentAttemptRepository,
    private readonly resolver: AttemptResolver,
    private readonly doubleCaptures: DoubleCaptureRefunds,
    private readonly mobileMoney: MobileMoneyCheckout,
  ) {}

  /** Called once the schema is migrated (from main.ts's prepare), not as a lifecycle hook (those run in migrate mode too). */
  start(): void {
    this.timer ??= setInterval(() => void this.tick(), this.config.PAYMENT_STATUS_POLL_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One pass; overlapping passes are skipped. */
  tick(): Promise<void> {
    this.running ??= this.pass()
      .catch((err: Error) => this.log.warn(`status poll failed: ${err.message}`))
      .finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<void> {
    await this.tx.outside(async () => {
      await this.unstick();
      for (const id of await this.claimDue()) await this.check(id).catch((err: Error) => this.log.warn(`attempt ${id}: ${err.message}`));
      for (const id of await this.doubleCaptures.due()) await this.doubleCaptures.process(id);
      for (const paymentId of await this.neverStarted()) {
        await this.mobileMoney.initiate(paymentId).catch((err: Error) => this.log.warn(`payment ${paymentId}: not started: ${err.message}`));
      }
    });
  }

  /** Asks the provider about these attempts now (order.payment-check-requested). */
  checkNow(attemptIds: string[]): Promise<void> {
    return this.tx.outside(async () => {
      for (const id of attemptIds) await this.check(id).catch((err: Error) => this.log.warn(`attempt ${id}: ${err.message}`));
    });
  }

  private async claimDue(limit = 20): Promise<string[]> {
    return this.tx.run(async () => {
      const rows = await this.attempts.claimDueChecks(limit);
      for (const row of rows) {
        const delay = nextCheckDelayMs(this.config.PAYMENT_STATUS_POLL_AFTER_SECONDS, Date.now() - new Date(row.created_at).getTime());
        await this.attempts.update(row.id, { next_check_at: new Date(Date.now() + delay) });
      }
      return rows.map((r) => r.id);
    });
  }

  private async check(attemptId: string): Promise<void> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt) return;
    let report: ProviderReport | null;
    try {
      report = await this.ask(attempt);
    } catch (err) {
      if (err instanceof ProviderCallError) {
        this.log.warn(`attempt ${attemptId}: ${err.message}`);
        return;
      }
      throw err;
    }
    if (report && report.status !== 'pending') {
      const outcome = await this.resolver.apply(attempt.id, report);
      this.log.log(`attempt ${attempt.id} at ${attempt.provider}: status poll → ${outcome}`);
      return;
    }
    // Still nothing: past its expiry the attempt stops being asked about (a late webhook still counts).
    const ageMs = Date.now() - new Date(attempt.created_at).getTime();
    if (ageMs > this.config.PAYMENT_ATTEMPT_EXPIRY_MINUTES * 60_000) await this.resolver.apply(attempt.id, { status: 'failed', amount: null, captureReference: null, reason: 'PAYMENT_TIMEOUT' });
  }

  private async ask(a: PaymentAttempt): Promise<ProviderReport | null> {
    switch (a.provider) {
      case 'campay':
      case 'noupay': {
        if (!a.provider_reference) return null;
        const answer = await this.clients.mobileMoney(a.provider as MobileMoneyProvider).status(a.provider_reference);
        return { status: answer.status, amount: answer.amount, captureReference: a.provider_reference, reason: answer.reason };
      }
      case 'stripe': {
        if (!a.provider_reference) return null;
        const intent = await this.clients.stripe.retrievePaymentIntent(a.provider_reference);
        if (intent.status === 'succeeded') return { status: 'succeeded', amount: intent.amount_received ?? intent.amount, captureReference: intent.id, reason: null };
        if (intent.status === 'canceled') return { status: 'failed', amount: null, captureReference: null, reason: 'PAYMENT_INTENT_CANCELED' };
        return { status: 'pending', amount: null, captureReference: null, reason: null };
      }
      case 'paymob': {
        const txn: PaymobTransaction | null = await this.clients.paymob.inquire(a.external_reference);
        if (!txn || txn.pending) return { status: 'pending', amount: null, captureReference: null, reason: null };
        return { status: txn.success ? 'succeeded' : 'failed', amount: txn.amount_cents, captureReference: String(txn.id), reason: txn.success ? null : (txn.data?.message ?? 'PAYMOB_DECLINED') };
      }
    }
  }

  /** Attempts left `initiating` by a process that died mid-call: they may have reached the provider. */
  private unstick(): Promise<void> {
    const staleSeconds = Math.ceil((this.config.PAYMENT_PROVIDER_TIMEOUT_MS * 3) / 1000) + 30;
    return this.tx.run(async () => {
      await this.attempts.abandonStaleInitiations(staleSeconds);
    });
  }

  /** Mobile-money order payments with a payer phone that no attempt was ever made for (a lost after-commit call). */
  private neverStarted(limit = 10): Promise<string[]> {
    return this.tx.run(() => this.attempts.claimNeverStartedPayments(limit));
  }
}
