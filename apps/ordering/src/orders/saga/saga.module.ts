import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders.module';
import { DeliveryStatusChangedConsumer } from './delivery-progress/delivery-status-changed.consumer';
import { FollowDeliveryService } from './delivery-progress/follow-delivery.service';
import { ApplyPaymentOutcomeService } from './payment-outcome/apply-payment-outcome.service';
import { PaymentEventsConsumer } from './payment-outcome/payment-events.consumer';
import { ApplyRefundOutcomeService } from './refund-outcome/apply-refund-outcome.service';
import { RefundEventsConsumer } from './refund-outcome/refund-events.consumer';
import { SagaWatchdog } from './watchdog/saga-watchdog';

/**
 * The order saga: payments' and dispatch's answers move the order, and the watchdog enforces the
 * deadlines, all through the orders core (OrdersModule), which never depends on the saga. The
 * kitchen's ticket is followed by orders itself (the restaurant's routes move the ticket), and
 * admins steer the saga from the admin order routes (orders/admin).
 */
@Module({
  imports: [OrdersModule],
  controllers: [PaymentEventsConsumer, RefundEventsConsumer, DeliveryStatusChangedConsumer],
  providers: [ApplyPaymentOutcomeService, ApplyRefundOutcomeService, FollowDeliveryService, SagaWatchdog],
  exports: [SagaWatchdog],
})
export class SagaModule {}
