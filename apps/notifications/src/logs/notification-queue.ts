import { Injectable } from '@nestjs/common';
import { NotificationChannel, NotificationLocale } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { renderTemplate } from './domain/message-templates';
import { NotificationLog } from './notification-log.entity';
import { NotificationLogRepository } from './notification-log.repository';

export interface NotificationRequest {
  type: NotificationChannel;
  provider: string;
  recipient: string;
  template: string;
  locale: NotificationLocale;
  vars: Record<string, string>;
  dedupKey: string;
}

/**
 * Renders a message and queues it in the log, once per dedup key. Nothing is sent yet: the
 * channel providers (SMTP, SMS, push, WhatsApp) that pick up queued rows come in a later issue.
 */
@Injectable()
export class NotificationQueue {
  constructor(
    private readonly tx: TransactionHost,
    private readonly logs: NotificationLogRepository,
  ) {}

  async queue(r: NotificationRequest): Promise<NotificationLog> {
    const content = renderTemplate(r.template, r.locale, r.vars);
    return this.tx.run(() =>
      this.logs.queueOnce({ type: r.type, provider: r.provider, recipient: r.recipient, template: r.template, locale: r.locale, content, dedup_key: r.dedupKey }),
    );
  }
}
