import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DeliveryLocation } from './deliveries/delivery-location.entity';
import { Delivery } from './deliveries/delivery.entity';
import { DispatchConfig } from './dispatch.config';
import { Driver } from './drivers/driver.entity';
import { DriversModule } from './drivers/drivers.module';
import { dispatchMigrations } from './migrations';

export const dispatchEntities = [Driver, Delivery, DeliveryLocation];

export function dispatchModule(config: DispatchConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'dispatch', config, database: { entities: dispatchEntities, migrations: dispatchMigrations } }),
      DriversModule,
      DeliveriesModule,
    ],
  })
  class DispatchModule {}
  return DispatchModule;
}
