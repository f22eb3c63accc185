import { Injectable, Logger } from '@nestjs/common';
import { PaymentFailed, PaymentSucceeded } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DeadlineClock } from '../../deadline-clock';
import { refundDueAt, refundedPaymentStatus } from '../../domain/order-deadlines';
import { OrderAccess } from '../../order-access';
import { OrderRepository } from '../../order.repository';
import { OrderStatusChanger } from '../../order-status-changer';

/**
 * Payments' answer for an order: money in confirms an unpaid order; a final failure cancels it, a
 * retryable one leaves it waiting until its payment deadline. Duplicates and late answers change nothing.
 */
@Injectable()
export class ApplyPaymentOutcomeService {
  private readonly log = new Logger(ApplyPaymentOutcomeService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly statuses: OrderStatusChanger,
    private readonly clock: DeadlineClock,
    private readonly access: OrderAccess,
    private readonly orders: OrderRepository,
  ) {}

  async succeeded(e: PaymentSucceeded): Promise<void> {
    await this.tx.run(async () => {
      const order = await this.access.forPlatform(e.order_id);
      if (!order) return this.log.warn(`payment.succeeded for unknown order ${e.order_id}: ignored`);
      // A second capture (another attempt that also went through) is payments' to refund; ordering counts the first.
      if (order.amount_paid > 0) return;
      // A refund that overtook the money (payments refunds a capture on a cancelled order at once) keeps its status.
      const paymentStatus = order.amount_refunded > 0 ? refundedPaymentStatus(order.amount_refunded, e.amount, order.payment_status === 'refunded') : 'completed';
      await this.orders.update(order, { amount_paid: e.amount, payment_provider: e.provider, payment_status: paymentStatus });
      if (order.status === 'created') {
        await this.statuses.change(order, { to: 'confirmed', actorId: null, restaurantOwnerId: await this.access.ownerOf(order), reason: `paid by ${e.provider}` });
      } else if (order.status === 'cancelled') {
        // Money after the cancellation: payments refunds it at once; ordering waits for that refund.
        await this.orders.update(order, { step_due_at: refundDueAt(order, new Date(), this.clock.timings) });
      }
    });
  }

  async failed(e: PaymentFailed): Promise<void> {
    await this.tx.run(async () => {
      const order = await this.access.forPlatform(e.order_id);
      if (!order) return this.log.warn(`payment.failed for unknown order ${e.order_id}: ignored`);
      // Only an order still awaiting its money cares; a failure after a success, or for a cancelled order, is old news.
      if (order.status !== 'created' || order.amount_paid > 0) return;
      await this.orders.update(order, { payment_status: 'failed' });
      if (e.final) {
        await this.statuses.change(order, {
          to: 'cancelled',
          actorId: null,
          restaurantOwnerId: await this.access.ownerOf(order),
          reason: `payment_failed: ${e.reason}`.slice(0, 500),
        });
      }
      // Not final: the customer may retry until payment_due_at; the watchdog cancels after that.
    });
  }
}
