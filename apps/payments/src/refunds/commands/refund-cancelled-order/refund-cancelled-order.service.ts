import { Injectable } from '@nestjs/common';
import { OrderCancelled } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { EarlyOrderNewsRepository } from '../../early-order-news.repository';
import { RefundIssuer } from '../../refund-issuer';
import { PaymentRepository } from '../../../payments/payment.repository';

/**
 * order.cancelled: whatever was captured goes back (wallet → wallet, provider → provider; cash never
 * collected → nothing); a payment still open is cancelled, and money that arrives for it later is
 * refunded at once (PaymentOutcomes.succeed sees order_cancelled_at). A cancellation heard before
 * order.created is kept (early_order_news) and the late order.created opens the payment cancelled:
 * retrying until the payment exists could outlast the cancellation's own retries.
 */
@Injectable()
export class RefundCancelledOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly refunds: RefundIssuer,
    private readonly earlyNews: EarlyOrderNewsRepository,
  ) {}

  async onCancelled(event: OrderCancelled): Promise<void> {
    await this.tx.run(async () => {
      // Taken by order.created too: a cancellation and the opening cannot both miss each other.
      await this.earlyNews.lockOrder(event.order_id);
      const payment = await this.payments.lock({ order_id: event.order_id });
      if (!payment) {
        await this.earlyNews.keep(event.order_id, 'cancelled', new Date());
        return;
      }
      if (!payment.order_cancelled_at) {
        payment.order_cancelled_at = new Date();
        await this.payments.markOrderCancelled(payment.id, payment.order_cancelled_at);
      }
      if (payment.status === 'succeeded') {
        await this.refunds.refundEverything(payment, { reason: event.reason ? `Order cancelled: ${event.reason}` : 'Order cancelled', trigger: 'order_cancelled' });
        return;
      }
      if (payment.status !== 'cancelled') {
        await this.payments.markCancelled(payment.id);
      }
    });
  }
}
