import { Injectable, Logger } from '@nestjs/common';
import { RefundCompleted, RefundFailed } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Order } from '../../order.entity';
import { overdueNote, refundedPaymentStatus } from '../../domain/order-deadlines';
import { OrderAccess } from '../../order-access';
import { OrderRepository } from '../../order.repository';

const REFUND_WAIT_NOTE = overdueNote('cancelled');

/**
 * Payments gave money back (or could not): ordering keeps amount_refunded and payment_status, and a
 * failed refund flags the order for admins. total_refunded is cumulative, so a duplicate or an older
 * refund arriving late never lowers the figure.
 */
@Injectable()
export class ApplyRefundOutcomeService {
  private readonly log = new Logger(ApplyRefundOutcomeService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly access: OrderAccess,
    private readonly orders: OrderRepository,
  ) {}

  async completed(e: RefundCompleted): Promise<void> {
    await this.tx.run(async () => {
      const order = await this.access.forPlatform(e.order_id);
      if (!order) return this.log.warn(`refund.completed for unknown order ${e.order_id}: ignored`);
      const total = Math.max(order.amount_refunded, e.total_refunded);
      const newest = e.total_refunded >= order.amount_refunded;
      const patch: Partial<Order> = { amount_refunded: total };
      if (total > 0) patch.payment_status = refundedPaymentStatus(total, order.amount_paid, newest && e.fully_refunded);
      const settled = (newest && e.fully_refunded) || total >= order.amount_paid;
      if (order.status === 'cancelled' && settled) {
        // Nothing more to wait for; a flag about this refund goes too.
        patch.step_due_at = null;
        if (order.saga_note === REFUND_WAIT_NOTE || order.saga_note?.startsWith('refund failed')) Object.assign(patch, { saga_flagged_at: null, saga_note: null });
      }
      await this.orders.update(order, patch);
    });
  }

  async failed(e: RefundFailed): Promise<void> {
    await this.tx.run(async () => {
      const order = await this.access.forPlatform(e.order_id);
      if (!order) return this.log.warn(`refund.failed for unknown order ${e.order_id}: ignored`);
      // Everything is already back (a retry went through before this failure arrived): nothing for admins to do.
      if (order.payment_status === 'refunded') return;
      await this.orders.flag(order, `refund failed (${e.amount} ${order.currency}): ${e.reason}`);
    });
  }
}
