import { Injectable } from '@nestjs/common';
import { OrderCancelled } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RefundIssuer } from '../../refund-issuer';
import { PaymentRepository } from '../../../payments/payment.repository';

/**
 * order.cancelled: whatever was captured goes back (wallet → wallet, provider → provider; cash never
 * collected → nothing); a payment still open is cancelled, and money that arrives for it later is
 * refunded at once (PaymentOutcomes.succeed sees order_cancelled_at).
 */
@Injectable()
export class RefundCancelledOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly refunds: RefundIssuer,
  ) {}

  async onCancelled(event: OrderCancelled): Promise<void> {
    await this.tx.run(async () => {
      const payment = await this.payments.lock({ order_id: event.order_id });
      // order.created not applied yet (it is being retried): fail, so this event is retried after it.
      if (!payment) throw new Error(`order ${event.order_id} was cancelled before its payment was opened; retrying`);
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
