import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderStatusChanged } from '@platter/contracts';
import { FollowOrderService } from './follow-order.service';

@Controller()
export class OrderStatusChangedConsumer {
  constructor(private readonly followOrder: FollowOrderService) {}

  @EventPattern('order.status-changed')
  async handle(@Payload() change: OrderStatusChanged): Promise<void> {
    await this.followOrder.follow(change);
  }
}
