import { Module } from '@nestjs/common';
import { EarningRepository } from '../earnings/earning.repository';
import { PaymentRepository } from '../payments/payment.repository';
import { EarlyOrderNewsRepository } from '../refunds/early-order-news.repository';
import { WalletModule } from '../wallet/wallet.module';
import { CommissionRepository } from './commission.repository';
import { OrderCompletedConsumer } from './commands/settle-order/order-completed.consumer';
import { SettleOrderService } from './commands/settle-order/settle-order.service';

/** Settlement of completed orders: commission records, ledger, driver earnings, collected cash. */
@Module({
  imports: [WalletModule],
  controllers: [OrderCompletedConsumer],
  providers: [PaymentRepository, EarlyOrderNewsRepository, CommissionRepository, EarningRepository, SettleOrderService],
})
export class CommissionsModule {}
