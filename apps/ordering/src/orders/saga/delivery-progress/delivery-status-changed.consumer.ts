import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeliveryStatusChanged } from '@platter/contracts';
import { FollowDeliveryService } from './follow-delivery.service';

@Controller()
export class DeliveryStatusChangedConsumer {
  constructor(private readonly follow: FollowDeliveryService) {}

  @EventPattern('delivery.status-changed')
  async handle(@Payload() event: DeliveryStatusChanged): Promise<void> {
    await this.follow.apply(event);
  }
}
