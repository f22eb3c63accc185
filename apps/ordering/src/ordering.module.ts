import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { orderingMigrations } from './migrations';
import { OrderingConfig } from './ordering.config';
import { orderingEntities } from './ordering.entities';
import { OrdersModule } from './orders/orders.module';
import { ReplicasModule } from './replicas/replicas.module';

export function orderingModule(config: OrderingConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'ordering', config, database: { entities: orderingEntities, migrations: orderingMigrations } }),
      ReplicasModule,
      OrdersModule,
    ],
  })
  class OrderingModule {}
  return OrderingModule;
}
