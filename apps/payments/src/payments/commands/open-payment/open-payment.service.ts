import { Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { EarlyOrderNews, EarlyOrderNewsRepository } from '../../../refunds/early-order-news.repository';
import { RefundOnRequestService } from '../../../refunds/commands/refund-on-request/refund-on-request.service';
import { PaymentOutcomes } from '../../payment-outcomes';
import { initialPayment } from '../../domain/payment-rules';
import { Payment } from '../../payment.entity';
import { PaymentRepository } from '../../payment.repository';
import { WalletCharger } from '../../wallet-charger';

/**
 * Work to start once a new payment is opened (the providers feature pushes mobile money to the
 * payer's phone). That feature registers its work here, so opening a payment depends on no provider.
 */
@Injectable()
export class PaymentStarter {
  private readonly starters: Array<(payment: Payment) => void> = [];

  register(start: (payment: Payment) => void): void {
    this.starters.push(start);
  }

  afterOpened(payment: Payment): void {
    for (const start of this.starters) start(payment);
  }
}

/**
 * Opens the payment of a new order (once per order, whatever the redeliveries), with payments' own
 * copy of the amount. Wallet orders are charged at once: without the funds the payment fails for
 * good (payment.failed final, INSUFFICIENT_BALANCE) and ordering cancels the order. An order whose
 * cancellation was heard first opens cancelled: nothing is charged or pushed to the payer; a cash
 * order whose completion was heard first opens collected. Refund requests heard first are answered
 * once the payment stands so.
 */
@Injectable()
export class OpenPaymentService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly earlyNews: EarlyOrderNewsRepository,
    private readonly refundRequests: RefundOnRequestService,
    @Optional() private readonly outcomes?: PaymentOutcomes,
    @Optional() private readonly walletCharger?: WalletCharger,
    @Optional() private readonly starter?: PaymentStarter,
  ) {}

  async open(order: OrderCreated): Promise<Payment> {
    const { provider, status } = initialPayment(order.payment_method);
    return this.tx.run(async () => {
      // Taken by order.cancelled too, so an early cancellation is either kept before or sees the payment.
      await this.earlyNews.lockOrder(order.order_id);
      const opened = await this.payments.openForOrder({
        id: randomUUID(),
        order_id: order.order_id,
        restaurant_id: order.restaurant_id,
        customer_id: order.customer_id ?? null,
        method: order.payment_method,
        provider,
        amount: order.total_amount,
        currency: order.currency,
        status,
        payer_phone: order.payer_phone ?? null,
        payer_email: order.payer_email ?? null,
      });
      const payment = (await this.payments.lock({ order_id: order.order_id }))!;
      if (!opened) return payment;
      // Taken, not read: once the payment exists, the news has nothing left to wait for.
      const news = await this.earlyNews.take(order.order_id);
      const opening = await this.applyEarlyNews(payment, news);
      if (!news.refundRequests.length) return opening;
      // Refund requests heard first are answered against the payment as it now stands (captured or not).
      await this.refundRequests.answerTaken(await this.payments.lock({ order_id: order.order_id }), news.refundRequests);
      return (await this.payments.lock({ order_id: order.order_id }))!;
    });
  }

  /** The new payment as the order's news says: cancelled, collected, or charged and started. */
  private async applyEarlyNews(payment: Payment, { cancelledAt, completedAt }: EarlyOrderNews): Promise<Payment> {
    if (cancelledAt) {
      await this.payments.markOrderCancelled(payment.id, cancelledAt);
      await this.payments.markCancelled(payment.id);
      payment.order_cancelled_at = cancelledAt;
      payment.status = 'cancelled';
      return payment;
    }
    if (completedAt && payment.method === 'cash') {
      // Settled already: the cash changed hands when the order completed.
      await this.payments.markCashCollected(payment.id, completedAt);
      return (await this.payments.lock({ order_id: payment.order_id! }))!;
    }
    if (payment.method === 'wallet' && this.walletCharger && this.outcomes) {
      if (!payment.customer_id) {
        await this.outcomes.fail(payment, { provider: 'wallet', reason: 'WALLET_NEEDS_CUSTOMER', final: true });
      } else if ((await this.walletCharger.charge(payment)) === 'insufficient_balance') {
        await this.outcomes.fail(payment, { provider: 'wallet', reason: 'INSUFFICIENT_BALANCE', final: true });
      }
    }
    this.starter?.afterOpened(payment);
    return payment;
  }
}
