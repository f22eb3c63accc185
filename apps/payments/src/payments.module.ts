import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { paymentsMigrations } from './migrations';
import { PaymentsConfig } from './payments.config';
import { Payment } from './payments/payment.entity';
import { PaymentsModule } from './payments/payments.module';
import { ProvidersModule, providersEntities } from './providers/providers.module';
import { CommissionsModule } from './commissions/commissions.module';
import { EarningsModule } from './earnings/earnings.module';
import { PayoutsModule } from './payouts/payouts.module';
import { RefundsModule } from './refunds/refunds.module';
import { ReportsModule } from './reports/reports.module';
import { WalletModule } from './wallet/wallet.module';

export const paymentsEntities = [Payment, ...providersEntities];

export function paymentsModule(config: PaymentsConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'payments', config, database: { entities: paymentsEntities, migrations: paymentsMigrations } }),
      PaymentsModule,
      ProvidersModule,
      // Money: wallets, refunds, settlement, payouts, earnings, reports.
      WalletModule,
      RefundsModule,
      CommissionsModule,
      PayoutsModule,
      EarningsModule,
      ReportsModule,
    ],
  })
  class PaymentsRootModule {}
  return PaymentsRootModule;
}
