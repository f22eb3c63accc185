import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { CrmCustomerOrder } from './customers/crm-customer-order.entity';
import { CrmCustomer } from './customers/crm-customer.entity';
import { CustomersModule } from './customers/customers.module';
import { MarketingConfig } from './marketing.config';
import { marketingMigrations } from './migrations';

export const marketingEntities = [CrmCustomer, CrmCustomerOrder];

export function marketingModule(config: MarketingConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'marketing', config, database: { entities: marketingEntities, migrations: marketingMigrations } }),
      CustomersModule,
    ],
  })
  class MarketingModule {}
  return MarketingModule;
}
