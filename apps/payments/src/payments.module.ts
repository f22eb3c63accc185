import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { paymentsMigrations } from './migrations';
import { PaymentsConfig } from './payments.config';
import { Payment } from './payments/payment.entity';
import { PaymentsModule } from './payments/payments.module';

export const paymentsEntities = [Payment];

export function paymentsModule(config: PaymentsConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'payments', config, database: { entities: paymentsEntities, migrations: paymentsMigrations } }),
      PaymentsModule,
    ],
  })
  class PaymentsRootModule {}
  return PaymentsRootModule;
}
