import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCreated } from '@platter/contracts';
import { OpenPaymentService } from './open-payment.service';

@Controller()
export class OrderCreatedConsumer {
  constructor(private readonly openPayment: OpenPaymentService) {}

  @EventPattern('order.created')
  async handle(@Payload() order: OrderCreated): Promise<void> {
    await this.openPayment.open(order);
  }
}
