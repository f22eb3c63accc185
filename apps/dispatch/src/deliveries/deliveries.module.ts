import { Module } from '@nestjs/common';
import { CancelDeliveryService } from './commands/cancel-delivery/cancel-delivery.service';
import { OrderCancelledHandler } from './commands/cancel-delivery/order-cancelled.handler';
import { OpenDeliveryService } from './commands/open-delivery/open-delivery.service';
import { OrderCreatedHandler } from './commands/open-delivery/order-created.handler';
import { ListDeliveriesHandler } from './queries/list-deliveries/list-deliveries.handler';

@Module({
  controllers: [OrderCreatedHandler, OrderCancelledHandler, ListDeliveriesHandler],
  providers: [OpenDeliveryService, CancelDeliveryService],
})
export class DeliveriesModule {}
