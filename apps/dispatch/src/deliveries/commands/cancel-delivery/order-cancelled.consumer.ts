import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCancelled } from '@platter/contracts';
import { CancelDeliveryService } from './cancel-delivery.service';

/** Only cancellations matter here, so dispatch binds to order.cancelled, not every status change. */
@Controller()
export class OrderCancelledConsumer {
  constructor(private readonly cancelDelivery: CancelDeliveryService) {}

  @EventPattern('order.cancelled')
  async handle(@Payload() cancelled: OrderCancelled): Promise<void> {
    await this.cancelDelivery.cancelForOrder(cancelled.order_id);
  }
}
