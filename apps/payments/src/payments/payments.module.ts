import { Module } from '@nestjs/common';
import { RefundsModule } from '../refunds/refunds.module';
import { WalletModule } from '../wallet/wallet.module';
import { ChargeWalletRpc } from './commands/charge-wallet/charge-wallet.rpc';
import { ChargeWalletService } from './commands/charge-wallet/charge-wallet.service';
import { OpenPaymentService, PaymentStarter } from './commands/open-payment/open-payment.service';
import { OrderCreatedConsumer } from './commands/open-payment/order-created.consumer';
import { PaymentOutcomes } from './payment-outcomes';
import { PaymentRepository } from './payment.repository';
import { ListPaymentsRpc } from './queries/list-payments/list-payments.rpc';
import { WalletCharger } from './wallet-charger';

/**
 * The payment lifecycle around orders: opened on order.created (wallet orders charged at once),
 * the wallet charge route, the list, and PaymentOutcomes (captured, failed, processing) for the
 * providers feature, which also registers its push to the payer's phone with PaymentStarter.
 */
@Module({
  imports: [WalletModule, RefundsModule],
  controllers: [OrderCreatedConsumer, ListPaymentsRpc, ChargeWalletRpc],
  providers: [PaymentRepository, PaymentOutcomes, OpenPaymentService, WalletCharger, ChargeWalletService, PaymentStarter],
  exports: [PaymentOutcomes, PaymentStarter],
})
export class PaymentsModule {}
