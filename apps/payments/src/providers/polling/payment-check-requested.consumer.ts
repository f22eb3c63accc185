import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderPaymentCheckRequested } from '@platter/contracts';
import { PaymentAttemptRepository } from '../attempts/payment-attempt.repository';
import { AfterCommit } from '../../transactions/after-commit';
import { AttemptPoller } from './attempt-poller';

/** The saga found an online payment with no answer: ask its provider now (after this handler commits). */
@Controller()
export class PaymentCheckRequestedConsumer {
  constructor(
    private readonly attempts: PaymentAttemptRepository,
    private readonly poller: AttemptPoller,
    private readonly afterCommit: AfterCommit,
  ) {}

  @EventPattern('order.payment-check-requested')
  async handle(@Payload() e: OrderPaymentCheckRequested): Promise<void> {
    const ids = await this.attempts.recentCheckableOfOrder(e.order_id);
    if (ids.length) this.afterCommit.run(() => this.poller.checkNow(ids));
  }
}
