import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserEmailVerificationRequested } from '@platter/contracts';
import { QueueAccountLinkEmailService } from './queue-account-link-email.service';

@Controller()
export class EmailVerificationRequestedConsumer {
  constructor(private readonly queueAccountLinkEmail: QueueAccountLinkEmailService) {}

  @EventPattern('user.email-verification-requested')
  async handle(@Payload() request: UserEmailVerificationRequested): Promise<void> {
    await this.queueAccountLinkEmail.queue('email_verification', request);
  }
}
