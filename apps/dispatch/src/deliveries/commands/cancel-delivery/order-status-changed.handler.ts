import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderStatusChanged } from '@platter/contracts';
import { CancelDeliveryService } from './cancel-delivery.service';

@Controller()
export class OrderStatusChangedHandler {
  constructor(private readonly cancelDelivery: CancelDeliveryService) {}

  @EventPattern('order.status-changed')
  async handle(@Payload() change: OrderStatusChanged): Promise<void> {
    if (change.to === 'cancelled') await this.cancelDelivery.cancelForOrder(change.order_id);
  }
}
