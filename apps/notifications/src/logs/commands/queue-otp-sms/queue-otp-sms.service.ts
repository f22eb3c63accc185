import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { PhoneOtpRequested } from '@platter/contracts';
import { DEFAULT_LOCALE } from '../../domain/message-templates';
import { NotificationLog } from '../../notification-log.entity';
import { NotificationQueue } from '../../notification-queue';

/** Texts a sign-in code (the OTP SMS), once per code however often the event is delivered. */
@Injectable()
export class QueueOtpSmsService {
  constructor(private readonly notifications: NotificationQueue) {}

  queue(request: PhoneOtpRequested): Promise<NotificationLog> {
    return this.notifications.queue({
      type: 'sms',
      provider: 'twilio',
      recipient: request.phone,
      template: 'otp',
      locale: DEFAULT_LOCALE,
      vars: { otp: request.code },
      // Names the code by a hash only: the key is stored in a unique index that outlives the SMS.
      dedupKey: `otp:${createHash('sha256').update(`${request.user_id}:${request.expires_at}:${request.code}`).digest('hex')}`,
    });
  }
}
