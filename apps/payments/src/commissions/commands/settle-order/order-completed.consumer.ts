import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCompleted } from '@platter/contracts';
import { SettleOrderService } from './settle-order.service';

@Controller()
export class OrderCompletedConsumer {
  constructor(private readonly service: SettleOrderService) {}

  @EventPattern('order.completed')
  async handle(@Payload() event: OrderCompleted): Promise<void> {
    await this.service.settle(event);
  }
}
