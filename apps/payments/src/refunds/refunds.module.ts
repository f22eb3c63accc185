import { Module } from '@nestjs/common';
import { PaymentsCoreModule } from '../payments/payments-core.module';
import { ProvidersModule } from '../providers/providers.module';
import { OrderCancelledHandler } from './commands/refund-cancelled-order/order-cancelled.handler';
import { RefundCancelledOrderService } from './commands/refund-cancelled-order/refund-cancelled-order.service';
import { OrderRefundRequestedHandler } from './commands/refund-on-request/order-refund-requested.handler';
import { RefundOnRequestService } from './commands/refund-on-request/refund-on-request.service';
import { RefundDispatcher } from './refund-dispatcher';

/** Refunds on cancellation and on an admin's request; provider refunds go through the providers feature's ProviderRefunds. */
@Module({
  imports: [PaymentsCoreModule, ProvidersModule],
  controllers: [OrderCancelledHandler, OrderRefundRequestedHandler],
  providers: [RefundCancelledOrderService, RefundOnRequestService, RefundDispatcher],
})
export class RefundsModule {}
