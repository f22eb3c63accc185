import { Injectable, Logger } from '@nestjs/common';
import { OrderRefundRequested } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RefundIssuer } from '../../refund-issuer';
import { PaymentRepository } from '../../../payments/payment.repository';

/**
 * order.refund-requested (an admin's POST /admin/orders/:id/refund, partial or full, optionally to
 * the wallet): refunds at most what was captured and not yet refunded, once per request id.
 * Answered by refund.completed or refund.failed (EXCEEDS_REFUNDABLE, NOT_CAPTURED, ...).
 */
@Injectable()
export class RefundOnRequestService {
  private readonly log = new Logger('RefundOnRequest');

  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly refunds: RefundIssuer,
  ) {}

  async onRequested(event: OrderRefundRequested): Promise<void> {
    await this.tx.run(async () => {
      const payment = await this.payments.lock({ order_id: event.order_id });
      if (!payment) {
        // No payment means nothing was ever paid; refund.failed needs a payment to name.
        this.log.warn(`refund request ${event.refund_request_id}: order ${event.order_id} has no payment; ignored`);
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
    });
  }
}
