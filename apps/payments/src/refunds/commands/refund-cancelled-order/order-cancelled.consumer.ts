import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCancelled } from '@platter/contracts';
import { RefundCancelledOrderService } from './refund-cancelled-order.service';

@Controller()
export class OrderCancelledConsumer {
  constructor(private readonly service: RefundCancelledOrderService) {}

  @EventPattern('order.cancelled')
  async handle(@Payload() event: OrderCancelled): Promise<void> {
    await this.service.onCancelled(event);
  }
}
