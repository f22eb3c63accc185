import { Module } from '@nestjs/common';
import { OpenPaymentService } from './commands/open-payment/open-payment.service';
import { OrderCreatedHandler } from './commands/open-payment/order-created.handler';
import { ListPaymentsHandler } from './queries/list-payments/list-payments.handler';

@Module({
  controllers: [OrderCreatedHandler, ListPaymentsHandler],
  providers: [OpenPaymentService],
})
export class PaymentsModule {}
