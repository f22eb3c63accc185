import { Module } from '@nestjs/common';
import { ProvidersModule } from '../providers/providers.module';
import { ChargeWalletHandler } from './commands/charge-wallet/charge-wallet.handler';
import { ChargeWalletService } from './commands/charge-wallet/charge-wallet.service';
import { OpenPaymentService, PaymentStarter } from './commands/open-payment/open-payment.service';
import { OrderCreatedHandler } from './commands/open-payment/order-created.handler';
import { MobileMoneyStarter } from './mobile-money-starter';
import { PaymentsCoreModule } from './payments-core.module';
import { ListPaymentsHandler } from './queries/list-payments/list-payments.handler';
import { WalletCharger } from './wallet-charger';

/** The payment lifecycle around orders: opened on order.created (wallet charged, mobile money pushed), wallet charge route, lists. */
@Module({
  imports: [PaymentsCoreModule, ProvidersModule],
  controllers: [OrderCreatedHandler, ListPaymentsHandler, ChargeWalletHandler],
  providers: [OpenPaymentService, WalletCharger, ChargeWalletService, { provide: PaymentStarter, useClass: MobileMoneyStarter }],
  exports: [WalletCharger],
})
export class PaymentsModule {}
