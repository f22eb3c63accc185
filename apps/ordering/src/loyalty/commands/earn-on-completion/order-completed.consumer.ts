import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCompleted } from '@platter/contracts';
import { EarnOnCompletionService } from './earn-on-completion.service';

/** Ordering's own order.completed: loyalty points and referral bonuses. */
@Controller()
export class OrderCompletedConsumer {
  constructor(private readonly earn: EarnOnCompletionService) {}

  @EventPattern('order.completed')
  async handle(@Payload() event: OrderCompleted): Promise<void> {
    await this.earn.apply(event);
  }
}
