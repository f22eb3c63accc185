import { Injectable } from '@nestjs/common';
import { UserSecurityAlert } from '@platter/contracts';
import { DEFAULT_LOCALE, securityAlertTemplate } from '../../domain/message-templates';
import { NotificationLog } from '../../notification-log.entity';
import { NotificationQueue } from '../../notification-queue';

/** Tells the account holder by email that something happened to their account's security (password changed, sessions revoked, ...). */
@Injectable()
export class QueueSecurityAlertEmailService {
  constructor(private readonly notifications: NotificationQueue) {}

  queue(alert: UserSecurityAlert): Promise<NotificationLog> {
    return this.notifications.queue({
      type: 'email',
      provider: 'smtp',
      recipient: alert.email,
      template: securityAlertTemplate(alert.kind),
      locale: DEFAULT_LOCALE,
      vars: { name: alert.name, occurredAt: alert.occurred_at },
      // One email per alert, however often the event is delivered.
      dedupKey: `security-alert:${alert.user_id}:${alert.kind}:${alert.occurred_at}`,
    });
  }
}
