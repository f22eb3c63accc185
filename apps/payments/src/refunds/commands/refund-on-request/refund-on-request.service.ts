import { Injectable } from '@nestjs/common';
import { OrderRefundRequested } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { waitsForCapture } from '../../domain/refund-rules';
import { EarlyOrderNewsRepository, KeptRefundRequest } from '../../early-order-news.repository';
import { RefundIssuer } from '../../refund-issuer';
import { Payment } from '../../../payments/payment.entity';
import { PaymentRepository } from '../../../payments/payment.repository';

/**
 * order.refund-requested (an admin's POST /admin/orders/:id/refund, partial or full, optionally to
 * the wallet): refunds at most what was captured and not yet refunded, once per request id.
 * Answered by refund.completed or refund.failed (EXCEEDS_REFUNDABLE, NOT_CAPTURED, ...). Ordering
 * asks only for money it saw paid, so a request that finds no payment (its order.created is late) or
 * cash not collected yet (its order.completed is late) is kept in early_order_news and answered when
 * that news opens or collects the payment (`answerKept`): retrying until then could outlast the
 * predecessor's own retries (docs/event-ordering.md).
 */
@Injectable()
export class RefundOnRequestService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly refunds: RefundIssuer,
    private readonly earlyNews: EarlyOrderNewsRepository,
  ) {}

  async onRequested(event: OrderRefundRequested): Promise<void> {
    await this.tx.run(async () => {
      // Taken by order.created and order.completed too: a request and the capture cannot miss each other.
      await this.earlyNews.lockOrder(event.order_id);
      const payment = await this.payments.lock({ order_id: event.order_id });
      await this.answer(payment, event, new Date());
    });
  }

  /**
   * Answers the requests kept for the order, now that its cash was collected. In the caller's
   * transaction, under the order's lock (EarlyOrderNewsRepository.lockOrder).
   */
  async answerKept(orderId: string): Promise<void> {
    const kept = await this.earlyNews.takeRefundRequests(orderId);
    if (kept.length) await this.answerTaken(await this.payments.lock({ order_id: orderId }), kept);
  }

  /** Answers requests already taken from early_order_news (order.created takes all of an order's news at once). */
  async answerTaken(payment: Payment | null, kept: KeptRefundRequest[]): Promise<void> {
    for (const { request, seenAt } of kept) await this.answer(payment, request, seenAt);
  }

  private async answer(payment: Payment | null, event: OrderRefundRequested, seenAt: Date): Promise<void> {
    if (!payment || waitsForCapture(payment)) {
      await this.earlyNews.keepRefundRequest(event, seenAt);
      return;
    }
    await this.refunds.issue(payment, {
      amount: event.amount ?? null,
      reason: event.reason,
      trigger: 'admin',
      toWallet: event.to_wallet ?? false,
      requestId: event.refund_request_id,
      requestedBy: event.requested_by ?? null,
    });
  }
}
