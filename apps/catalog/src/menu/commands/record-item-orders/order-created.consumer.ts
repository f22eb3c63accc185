import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { OrderCreated } from '@platter/contracts';
import { envelopeOf } from '@platter/messaging';
import { RecordItemOrdersService } from './record-item-orders.service';

@Controller()
export class OrderCreatedConsumer {
  constructor(private readonly recordItemOrders: RecordItemOrdersService) {}

  @EventPattern('order.created')
  async handle(@Payload() order: OrderCreated, @Ctx() ctx: unknown): Promise<void> {
    await this.recordItemOrders.record(order, new Date(envelopeOf(ctx).occurred_at));
  }
}
