import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders.module';
import { AdminOrdersHandler } from './admin/admin-orders.handler';
import { AdminOrdersService } from './admin/admin-orders.service';
import { DeliveryStatusChangedHandler } from './delivery-progress/delivery-status-changed.handler';
import { FollowDeliveryService } from './delivery-progress/follow-delivery.service';
import { FollowTicketService } from './kitchen-progress/follow-ticket.service';
import { TicketStatusChangedHandler } from './kitchen-progress/ticket-status-changed.handler';
import { ApplyPaymentOutcomeService } from './payment-outcome/apply-payment-outcome.service';
import { PaymentEventsHandler } from './payment-outcome/payment-events.handler';
import { ApplyRefundOutcomeService } from './refund-outcome/apply-refund-outcome.service';
import { RefundEventsHandler } from './refund-outcome/refund-events.handler';
import { SagaOrders } from './saga-orders';
import { SagaSteps } from './saga-steps';
import { SagaWatchdog } from './watchdog/saga-watchdog';

/**
 * The order saga: payments', kitchen's and dispatch's answers move the order; the watchdog enforces
 * deadlines; admins see and steer it (/admin/orders*).
 */
@Module({
  imports: [OrdersModule],
  controllers: [PaymentEventsHandler, RefundEventsHandler, TicketStatusChangedHandler, DeliveryStatusChangedHandler, AdminOrdersHandler],
  providers: [
    SagaOrders, SagaSteps, ApplyPaymentOutcomeService, ApplyRefundOutcomeService, FollowTicketService, FollowDeliveryService, SagaWatchdog, AdminOrdersService,
  ],
  exports: [SagaWatchdog],
})
export class SagaModule {}
