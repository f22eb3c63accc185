import { Module } from '@nestjs/common';
import { PaymentRepository } from '../payments/payment.repository';
import { TransactionsModule } from '../transactions/transactions.module';
import { WalletModule } from '../wallet/wallet.module';
import { OrderCancelledConsumer } from './commands/refund-cancelled-order/order-cancelled.consumer';
import { RefundCancelledOrderService } from './commands/refund-cancelled-order/refund-cancelled-order.service';
import { OrderRefundRequestedConsumer } from './commands/refund-on-request/order-refund-requested.consumer';
import { RefundOnRequestService } from './commands/refund-on-request/refund-on-request.service';
import { EarlyOrderNewsRepository } from './early-order-news.repository';
import { RefundIssuer } from './refund-issuer';
import { RefundWakeups } from './refund-wakeups';
import { RefundRepository } from './refund.repository';

/**
 * Refunds on cancellation and on an admin's request, recorded under the payment's lock: wallet
 * refunds at once, provider refunds signalled for the providers feature to send after the commit.
 */
@Module({
  imports: [TransactionsModule, WalletModule],
  controllers: [OrderCancelledConsumer, OrderRefundRequestedConsumer],
  providers: [PaymentRepository, EarlyOrderNewsRepository, RefundRepository, RefundIssuer, RefundWakeups, RefundCancelledOrderService, RefundOnRequestService],
  exports: [RefundIssuer, RefundWakeups, RefundRepository, EarlyOrderNewsRepository, RefundOnRequestService],
})
export class RefundsModule {}
