import { Inject, Injectable, Logger } from '@nestjs/common';
import { OrderCompleted } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentsConfig } from '../../../payments.config';
import { Ledger } from '../../../wallet/ledger';
import { EarningRepository } from '../../../earnings/earning.repository';
import { CommissionRepository } from '../../commission.repository';
import { rateOf, settle, settlementLines } from '../../domain/settlement-rules';
import { PaymentRepository } from '../../../payments/payment.repository';
import { EarlyOrderNewsRepository } from '../../../refunds/early-order-news.repository';
import { RefundOnRequestService } from '../../../refunds/commands/refund-on-request/refund-on-request.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * order.completed: the order's commission record (status calculated, due PAYOUT_CYCLE_DAYS after
 * completion), the settlement in the ledger (restaurant, platform, driver; cash held by whoever took
 * it), the driver's earning, and a cash payment marked collected. Once per order. A completion heard
 * before order.created settles all the same (it needs no payment) and is kept, so the late opening
 * of a cash payment marks it collected. Refund requests that waited for the cash are answered after
 * the settlement, as if they had come after it (they did: ordering asks only once it is completed).
 */
@Injectable()
export class SettleOrderService {
  private readonly log = new Logger('SettleOrder');

  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly commissions: CommissionRepository,
    private readonly earnings: EarningRepository,
    private readonly ledger: Ledger,
    @Inject(PaymentsConfig) private readonly config: PaymentsConfig,
    private readonly earlyNews: EarlyOrderNewsRepository,
    private readonly refundRequests: RefundOnRequestService,
  ) {}

  async settle(order: OrderCompleted): Promise<void> {
    const s = settle(order, this.config.DRIVER_DELIVERY_FEE_SHARE_BPS);
    const completedAt = new Date(order.completed_at);
    const dueDate = new Date(completedAt.getTime() + this.config.PAYOUT_CYCLE_DAYS * DAY_MS);
    await this.tx.run(async () => {
      // Taken by order.created too, so a completion is either kept before the opening or sees its payment.
      await this.earlyNews.lockOrder(order.order_id);
      const recorded = await this.commissions.insertCalculated({
        order_id: order.order_id,
        order_number: order.order_number,
        restaurant_id: order.restaurant_id,
        order_total: s.commission_base,
        commission_rate: rateOf(order.commission_rate_bps),
        platform_fee: s.platform_fee,
        restaurant_share: s.restaurant_share,
        tax_amount: order.tax_amount,
        service_fee: order.service_fee,
        delivery_fee: order.delivery_fee,
        amount_paid: order.total_amount,
        payment_method: order.payment_method,
        collected_by: s.collector,
        restaurant_net: s.restaurant_net,
        currency: order.currency,
        due_date: dueDate,
        completed_at: completedAt,
      });
      if (!recorded) return;
      const payment = await this.payments.lock({ order_id: order.order_id });
      if (!payment) await this.earlyNews.keep(order.order_id, 'completed', completedAt);
      let alreadyRefunded = 0;
      if (s.collector === 'platform') {
        if (payment?.status !== 'succeeded') this.log.warn(`order ${order.order_id} completed without a captured payment (${payment?.status ?? 'none'}); settled anyway`);
        alreadyRefunded = payment?.amount_refunded ?? 0;
      } else if (payment && payment.status !== 'succeeded') {
        // Cash changed hands at the door or the counter: the payment is collected now.
        await this.payments.markCashCollected(payment.id, completedAt);
      }
      await this.ledger.post({
        kind: 'settlement',
        reference_type: 'order',
        reference_id: order.order_id,
        idempotency_key: `settlement:${order.order_id}`,
        memo: `Order ${order.order_number} completed`,
        lines: settlementLines(order, s, alreadyRefunded),
      });
      if (order.delivery_type === 'delivery' && order.driver_id) {
        await this.earnings.insertOnce({
          driver_id: order.driver_id,
          order_id: order.order_id,
          order_number: order.order_number,
          delivery_fee: order.delivery_fee,
          amount: s.driver_earning,
          cash_collected: s.collector === 'driver' ? order.total_amount : 0,
          currency: order.currency,
          earned_at: completedAt,
        });
      }
      if (payment) await this.refundRequests.answerKept(order.order_id);
    });
  }
}
