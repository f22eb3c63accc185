import { Module } from '@nestjs/common';
import { AdminMoneyController, DriverEarningsController } from './earnings-payouts.controller';
import { WalletController } from './wallet.controller';

/** /client/wallet*, /payments/wallet/charge, /admin/wallets*, /driver/earnings*, /driver/payouts*, /admin/payouts*, /admin/reports/* → payments. */
@Module({ controllers: [WalletController, DriverEarningsController, AdminMoneyController] })
export class PaymentsMoneyRoutesModule {}
