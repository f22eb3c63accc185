import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { PhoneOtpRequested } from '@platter/contracts';
import { QueueOtpSmsService } from './queue-otp-sms.service';

@Controller()
export class PhoneOtpRequestedConsumer {
  constructor(private readonly queueOtpSms: QueueOtpSmsService) {}

  @EventPattern('user.phone-otp-requested')
  async handle(@Payload() request: PhoneOtpRequested): Promise<void> {
    await this.queueOtpSms.queue(request);
  }
}
