import { Module } from '@nestjs/common';
import { PaymentsCoreModule } from '../payments/payments-core.module';
import { OrderCompletedHandler } from './commands/settle-order/order-completed.handler';
import { SettleOrderService } from './commands/settle-order/settle-order.service';

/** Settlement of completed orders: commission records, ledger, driver earnings, collected cash. */
@Module({
  imports: [PaymentsCoreModule],
  controllers: [OrderCompletedHandler],
  providers: [SettleOrderService],
})
export class CommissionsModule {}
