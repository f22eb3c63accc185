import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderStatusChanged } from '@platter/contracts';
import { QueueOrderUpdateService } from './queue-order-update.service';

@Controller()
export class OrderStatusChangedConsumer {
  constructor(private readonly queueOrderUpdate: QueueOrderUpdateService) {}

  @EventPattern('order.status-changed')
  async handle(@Payload() change: OrderStatusChanged): Promise<void> {
    await this.queueOrderUpdate.queue(change);
  }
}
