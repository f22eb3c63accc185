import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderRefundRequested } from '@platter/contracts';
import { RefundOnRequestService } from './refund-on-request.service';

@Controller()
export class OrderRefundRequestedConsumer {
  constructor(private readonly service: RefundOnRequestService) {}

  @EventPattern('order.refund-requested')
  async handle(@Payload() event: OrderRefundRequested): Promise<void> {
    await this.service.onRequested(event);
  }
}
