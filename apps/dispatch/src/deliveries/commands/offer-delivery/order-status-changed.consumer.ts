import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderStatusChanged } from '@platter/contracts';
import { OfferDeliveryService } from './offer-delivery.service';

@Controller()
export class OrderStatusChangedConsumer {
  constructor(private readonly offerDelivery: OfferDeliveryService) {}

  @EventPattern('order.status-changed')
  async handle(@Payload() change: OrderStatusChanged): Promise<void> {
    await this.offerDelivery.follow(change);
  }
}
