import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserAccountUnlockRequested } from '@platter/contracts';
import { QueueAccountLinkEmailService } from './queue-account-link-email.service';

@Controller()
export class AccountUnlockRequestedConsumer {
  constructor(private readonly queueAccountLinkEmail: QueueAccountLinkEmailService) {}

  @EventPattern('user.account-unlock-requested')
  async handle(@Payload() request: UserAccountUnlockRequested): Promise<void> {
    await this.queueAccountLinkEmail.queue('account_unlock', request);
  }
}
