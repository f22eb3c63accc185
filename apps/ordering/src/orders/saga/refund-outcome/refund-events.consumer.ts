import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { RefundCompleted, RefundFailed } from '@platter/contracts';
import { ApplyRefundOutcomeService } from './apply-refund-outcome.service';

@Controller()
export class RefundEventsConsumer {
  constructor(private readonly outcome: ApplyRefundOutcomeService) {}

  @EventPattern('refund.completed')
  async completed(@Payload() event: RefundCompleted): Promise<void> {
    await this.outcome.completed(event);
  }

  @EventPattern('refund.failed')
  async failed(@Payload() event: RefundFailed): Promise<void> {
    await this.outcome.failed(event);
  }
}
