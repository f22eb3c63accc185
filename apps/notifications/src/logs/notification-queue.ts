import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { NotificationChannel, NotificationLocale } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { renderTemplate } from './domain/message-templates';
import { NotificationLog } from './notification-log.entity';

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
  constructor(private readonly tx: TransactionHost) {}

  async queue(r: NotificationRequest): Promise<NotificationLog> {
    const content = renderTemplate(r.template, r.locale, r.vars);
    return this.tx.run(async (manager) => {
      await manager.query(
        `INSERT INTO notification_logs (id, type, provider, recipient, template, locale, content, status, dedup_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'queued', $8)
         ON CONFLICT (dedup_key) DO NOTHING`,
        [randomUUID(), r.type, r.provider, r.recipient, r.template, r.locale, content, r.dedupKey],
      );
      return this.tx.repository(NotificationLog).findOneByOrFail({ dedup_key: r.dedupKey });
    });
  }
}
