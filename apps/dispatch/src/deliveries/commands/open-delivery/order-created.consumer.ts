import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCreated } from '@platter/contracts';
import { OpenDeliveryService } from './open-delivery.service';

@Controller()
export class OrderCreatedConsumer {
  constructor(private readonly openDelivery: OpenDeliveryService) {}

  @EventPattern('order.created')
  async handle(@Payload() order: OrderCreated): Promise<void> {
    await this.openDelivery.open(order);
  }
}
