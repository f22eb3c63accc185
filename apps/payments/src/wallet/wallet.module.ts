import { Module } from '@nestjs/common';
import { PaymentsCoreModule } from '../payments/payments-core.module';
import { WalletBook } from './wallet-book';
import { WalletHandler } from './wallet.handler';

/** Customers' wallets over the ledger (the ledger itself lives in PaymentsCoreModule). */
@Module({
  imports: [PaymentsCoreModule],
  controllers: [WalletHandler],
  providers: [WalletBook],
  exports: [WalletBook],
})
export class WalletModule {}
