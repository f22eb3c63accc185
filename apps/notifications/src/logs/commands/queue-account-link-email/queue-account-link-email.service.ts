import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AccountEmailTokenIssued } from '@platter/contracts';
import { NotificationsConfig } from '../../../notifications.config';
import { AccountLinkPurpose, accountLink } from '../../domain/account-links';
import { DEFAULT_LOCALE } from '../../domain/message-templates';
import { NotificationLog } from '../../notification-log.entity';
import { NotificationQueue } from '../../notification-queue';

/** Emails the link identity asked for (password reset, email verification, account unlock), built on APP_PUBLIC_URL. */
@Injectable()
export class QueueAccountLinkEmailService {
  constructor(
    private readonly notifications: NotificationQueue,
    private readonly config: NotificationsConfig,
  ) {}

  queue(purpose: AccountLinkPurpose, request: AccountEmailTokenIssued): Promise<NotificationLog> {
    return this.notifications.queue({
      type: 'email',
      provider: 'smtp',
      recipient: request.email,
      template: purpose,
      locale: DEFAULT_LOCALE,
      vars: { name: request.name, link: accountLink(this.config.APP_PUBLIC_URL, purpose, request.token), expiresAt: request.expires_at },
      // One email per token however often the event is delivered; the key holds a hash, not the token.
      dedupKey: `${purpose}:${createHash('sha256').update(request.token).digest('hex')}`,
    });
  }
}
