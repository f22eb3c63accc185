import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserPasswordResetRequested } from '@platter/contracts';
import { QueueAccountLinkEmailService } from './queue-account-link-email.service';

@Controller()
export class PasswordResetRequestedConsumer {
  constructor(private readonly queueAccountLinkEmail: QueueAccountLinkEmailService) {}

  @EventPattern('user.password-reset-requested')
  async handle(@Payload() request: UserPasswordResetRequested): Promise<void> {
    await this.queueAccountLinkEmail.queue('password_reset', request);
  }
}
