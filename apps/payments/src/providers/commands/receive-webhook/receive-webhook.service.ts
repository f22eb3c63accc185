import { Injectable, Logger } from '@nestjs/common';
import { NotFoundError, ProviderWebhookAnswer, ProviderWebhookData } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentException } from '../../../payments/payment.exception';
import { PaymentsConfig } from '../../../payments.config';
import { RefundIssuer } from '../../../refunds/refund-issuer';
import { AttemptResolver } from '../../attempts/attempt-resolver';
import { PaymentAttemptRepository } from '../../attempts/payment-attempt.repository';
import { WebhookReceiptRepository } from '../../attempts/webhook-receipt.repository';
import { PROVIDER_NAMES, ProviderName } from '../../attempts/payment-attempt.entity';
import { ProviderEvent, verifyWebhook } from '../../webhooks/webhook-parsers';

/** The headers a receipt keeps (signatures and what describes the sender); never cookies or tokens. */
export const KEPT_WEBHOOK_HEADERS = ['content-type', 'user-agent', 'stripe-signature', 'noupay-signature', 'x-forwarded-for'];

/**
 * Provider webhooks: verified against the raw body, every receipt stored (valid or not, with what
 * it did), each provider event applied once (a redelivery answers 200 and changes nothing), in one
 * transaction with its effect, so a crash means the provider's retry applies it.
 */
@Injectable()
export class ReceiveWebhookService {
  private readonly log = new Logger('Webhooks');

  constructor(
    private readonly tx: TransactionHost,
    private readonly config: PaymentsConfig,
    private readonly attempts: PaymentAttemptRepository,
    private readonly receipts: WebhookReceiptRepository,
    private readonly resolver: AttemptResolver,
    private readonly refunds: RefundIssuer,
  ) {}

  receive(data: ProviderWebhookData): Promise<ProviderWebhookAnswer> {
    return this.tx.outside(() => this.handle(data));
  }

  private async handle(data: ProviderWebhookData): Promise<ProviderWebhookAnswer> {
    const provider = data.provider as ProviderName;
    if (!PROVIDER_NAMES.includes(provider)) throw new NotFoundError(`No webhook for provider ${String(data.provider).slice(0, 40)}`);
    const rawBody = typeof data.raw_body === 'string' ? data.raw_body : '';
    const headers = lowerCased(data.headers);
    const query = stringValues(data.query);
    const verified = verifyWebhook(provider, { rawBody, headers, query }, {
      campayWebhookKey: this.config.CAMPAY_WEBHOOK_KEY,
      noupaySecret: this.config.NOUPAY_SECRET,
      stripeWebhookSecret: this.config.STRIPE_WEBHOOK_SECRET,
      paymobHmacSecret: this.config.PAYMOB_HMAC_SECRET,
      toleranceSeconds: this.config.PAYMENT_WEBHOOK_TOLERANCE_SECONDS,
    });
    const receipt = { provider, rawBody, headers: pick(headers, KEPT_WEBHOOK_HEADERS), query: truncated(query) };

    if (!verified.valid) {
      await this.tx.run(() => this.receipts.insert({ ...receipt, eventId: verified.eventId, valid: false, first: false, outcome: `rejected: ${verified.reason}` }));
      this.log.warn(`${provider} webhook refused: ${verified.reason}`);
      throw new PaymentException('WEBHOOK_SIGNATURE_INVALID', 'Webhook signature is invalid');
    }
    const event = verified.event;
    try {
      return await this.tx.run(async () => {
        const receiptId = await this.receipts.insert({ ...receipt, eventId: event.eventId, valid: true, first: true, outcome: 'received' });
        if (!receiptId) {
          await this.receipts.insert({ ...receipt, eventId: event.eventId, valid: true, first: false, outcome: 'duplicate' });
          return { received: true as const, duplicate: true, outcome: 'duplicate' };
        }
        const { outcome, attemptId } = await this.apply(provider, event);
        await this.receipts.recordOutcome(receiptId, outcome, attemptId);
        return { received: true as const, duplicate: false, outcome };
      });
    } catch (err) {
      // Not applied: keep the receipt and let the provider deliver it again.
      await this.tx.run(() => this.receipts.insert({ ...receipt, eventId: event.eventId, valid: true, first: false, outcome: `error: ${(err as Error).message}`.slice(0, 500) })).catch(() => undefined);
      throw err;
    }
  }

  private async apply(provider: ProviderName, event: ProviderEvent): Promise<{ outcome: string; attemptId: string | null }> {
    if (event.kind === 'ignored') return { outcome: 'ignored', attemptId: null };
    if (event.kind === 'refund') {
      if (event.status === 'pending' || !event.providerReference) return { outcome: 'refund_pending', attemptId: null };
      const settled = await this.refunds.settleProviderRefund(
        { provider_reference: event.providerReference },
        { succeeded: event.status === 'succeeded', reason: event.reason ?? undefined },
      );
      return { outcome: settled ? `refund_${event.status}` : 'refund_unknown_or_final', attemptId: null };
    }
    const attempt = await this.attempts.find(provider, { externalReference: event.externalReference, providerReference: event.providerReference });
    if (!attempt) return { outcome: 'unknown_reference', attemptId: null };
    const outcome = await this.resolver.apply(attempt.id, {
      status: event.status,
      amount: event.amount,
      captureReference: event.captureReference,
      reason: event.reason,
    });
    return { outcome, attemptId: attempt.id };
  }
}

function lowerCased(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers && typeof headers === 'object') for (const [k, v] of Object.entries(headers)) if (typeof v === 'string') out[k.toLowerCase()] = v;
  return out;
}

function stringValues(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (query && typeof query === 'object') for (const [k, v] of Object.entries(query)) if (typeof v === 'string') out[k] = v;
  return out;
}

function pick(record: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k].slice(0, 1024)]));
}

function truncated(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v.slice(0, 2048)]));
}
