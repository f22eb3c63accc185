import { Module } from '@nestjs/common';
import { EarningRepository } from '../earnings/earning.repository';
import { PaymentRepository } from '../payments/payment.repository';
import { RefundsModule } from '../refunds/refunds.module';
import { WalletModule } from '../wallet/wallet.module';
import { CommissionRepository } from './commission.repository';
import { OrderCompletedConsumer } from './commands/settle-order/order-completed.consumer';
import { SettleOrderService } from './commands/settle-order/settle-order.service';

/** Settlement of completed orders: commission records, ledger, driver earnings, collected cash (and the refund requests that waited for it). */
@Module({
  imports: [WalletModule, RefundsModule],
  controllers: [OrderCompletedConsumer],
  providers: [PaymentRepository, CommissionRepository, EarningRepository, SettleOrderService],
})
export class CommissionsModule {}
