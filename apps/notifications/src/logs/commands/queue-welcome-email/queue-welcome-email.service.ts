import { Injectable } from '@nestjs/common';
import { UserRegistered } from '@platter/contracts';
import { DEFAULT_LOCALE } from '../../domain/message-templates';
import { NotificationLog } from '../../notification-log.entity';
import { NotificationQueue } from '../../notification-queue';

/** Welcomes every new account holder by email; a guest has no account to be welcomed to. */
@Injectable()
export class QueueWelcomeEmailService {
  constructor(private readonly notifications: NotificationQueue) {}

  /** The queued email, or null for a guest. */
  async queue(user: UserRegistered): Promise<NotificationLog | null> {
    if (user.role === 'guest') return null;
    return this.notifications.queue({
      type: 'email',
      provider: 'smtp',
      recipient: user.email,
      template: 'welcome',
      locale: DEFAULT_LOCALE,
      vars: { name: user.name },
      dedupKey: `welcome:${user.user_id}`,
    });
  }
}
