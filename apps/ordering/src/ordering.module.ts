import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { orderingMigrations } from './migrations';
import { OrderingConfig } from './ordering.config';
import { orderingEntities } from './ordering.entities';
import { LoyaltyModule } from './loyalty/loyalty.module';
import { OrdersModule } from './orders/orders.module';
import { SagaModule } from './orders/saga/saga.module';
import { ReplicasModule } from './replicas/replicas.module';
import { ReviewsModule } from './reviews/reviews.module';

export function orderingModule(config: OrderingConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'ordering', config, database: { entities: orderingEntities, migrations: orderingMigrations } }),
      ReplicasModule,
      OrdersModule,
      SagaModule,
      LoyaltyModule,
      ReviewsModule,
    ],
  })
  class OrderingModule {}
  return OrderingModule;
}
