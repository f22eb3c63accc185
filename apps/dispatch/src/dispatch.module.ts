import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DeliveryLocation } from './deliveries/delivery-location.entity';
import { OrderTrackingModule } from './deliveries/queries/order-tracking/order-tracking.module';
import { Delivery } from './deliveries/delivery.entity';
import { AssignmentModule } from './assignment/assignment.module';
import { DeliveryOffer } from './assignment/delivery-offer.entity';
import { RestaurantSite } from './assignment/restaurant-site.entity';
import { DispatchConfig } from './dispatch.config';
import { DriverDocument } from './drivers/documents/driver-document.entity';
import { DriverAuditEntry } from './drivers/driver-audit-entry.entity';
import { Driver } from './drivers/driver.entity';
import { DriversModule } from './drivers/drivers.module';
import { dispatchMigrations } from './migrations';

export const dispatchEntities = [Driver, Delivery, DeliveryLocation, DeliveryOffer, RestaurantSite, DriverDocument, DriverAuditEntry];

export function dispatchModule(config: DispatchConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'dispatch', config, database: { entities: dispatchEntities, migrations: dispatchMigrations } }),
      DriversModule,
      DeliveriesModule,
      AssignmentModule,
      OrderTrackingModule,
    ],
  })
  class DispatchModule {}
  return DispatchModule;
}
