import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { OrderCreated } from '@platter/contracts';
import { envelopeOf } from '@platter/messaging';
import { RecordOrderService } from './record-order.service';

@Controller()
export class OrderCreatedConsumer {
  constructor(private readonly recordOrder: RecordOrderService) {}

  /** The order's time is when ordering published it, not when it reached marketing. */
  @EventPattern('order.created')
  async handle(@Payload() order: OrderCreated, @Ctx() ctx: unknown): Promise<void> {
    const { occurred_at } = envelopeOf(ctx);
    await this.recordOrder.record(order, new Date(occurred_at));
  }
}
