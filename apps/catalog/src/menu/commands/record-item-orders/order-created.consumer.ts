import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCreated } from '@platter/contracts';
import { RecordItemOrdersService } from './record-item-orders.service';

@Controller()
export class OrderCreatedConsumer {
  constructor(private readonly recordItemOrders: RecordItemOrdersService) {}

  @EventPattern('order.created')
  async handle(@Payload() order: OrderCreated): Promise<void> {
    await this.recordItemOrders.record(order);
  }
}
