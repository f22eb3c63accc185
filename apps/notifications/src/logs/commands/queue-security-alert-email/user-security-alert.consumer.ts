import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserSecurityAlert } from '@platter/contracts';
import { QueueSecurityAlertEmailService } from './queue-security-alert-email.service';

@Controller()
export class UserSecurityAlertConsumer {
  constructor(private readonly queueSecurityAlertEmail: QueueSecurityAlertEmailService) {}

  @EventPattern('user.security-alert')
  async handle(@Payload() alert: UserSecurityAlert): Promise<void> {
    await this.queueSecurityAlertEmail.queue(alert);
  }
}
