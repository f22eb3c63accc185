import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserRegistered } from '@platter/contracts';
import { QueueWelcomeEmailService } from './queue-welcome-email.service';

@Controller()
export class UserRegisteredConsumer {
  constructor(private readonly queueWelcomeEmail: QueueWelcomeEmailService) {}

  @EventPattern('user.registered')
  async handle(@Payload() user: UserRegistered): Promise<void> {
    await this.queueWelcomeEmail.queue(user);
  }
}
