import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { PaymentFailed, PaymentSucceeded } from '@platter/contracts';
import { ApplyPaymentOutcomeService } from './apply-payment-outcome.service';

@Controller()
export class PaymentEventsConsumer {
  constructor(private readonly outcome: ApplyPaymentOutcomeService) {}

  @EventPattern('payment.succeeded')
  async succeeded(@Payload() event: PaymentSucceeded): Promise<void> {
    await this.outcome.succeeded(event);
  }

  @EventPattern('payment.failed')
  async failed(@Payload() event: PaymentFailed): Promise<void> {
    await this.outcome.failed(event);
  }
}
