import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { CrmCustomerOrder } from './customers/crm-customer-order.entity';
import { CrmCustomer } from './customers/crm-customer.entity';
import { CustomersModule } from './customers/customers.module';
import { MarketingConfig } from './marketing.config';
import { marketingMigrations } from './migrations';
import { CrmProduct } from './products/crm-product.entity';
import { ProductsModule } from './products/products.module';

export const marketingEntities = [CrmCustomer, CrmCustomerOrder, CrmProduct];

export function marketingModule(config: MarketingConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'marketing', config, database: { entities: marketingEntities, migrations: marketingMigrations } }),
      CustomersModule,
      ProductsModule,
    ],
  })
  class MarketingModule {}
  return MarketingModule;
}
