import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { NotificationLog } from './notification-log.entity';

/** A rendered message to queue, with the key of what caused it. */
export type QueuedNotification = Pick<NotificationLog, 'type' | 'provider' | 'recipient' | 'template' | 'locale' | 'content' | 'dedup_key'>;

/** The notification log (notification_logs), in the caller's transaction. */
@Injectable()
export class NotificationLogRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Queues the message unless one was queued for the same cause (dedup_key); answers the one in the log. */
  async queueOnce(message: QueuedNotification): Promise<NotificationLog> {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(NotificationLog)
      .values({ id: randomUUID(), ...message, status: 'queued' })
      .orIgnore()
      .updateEntity(false)
      .execute();
    return this.tx.repository(NotificationLog).findOneByOrFail({ dedup_key: message.dedup_key });
  }

  /** The newest notifications (to one recipient when given), at most `take`. */
  newest(recipient: string | undefined, take: number): Promise<NotificationLog[]> {
    return this.tx.repository(NotificationLog).find({ where: recipient ? { recipient } : {}, order: { created_at: 'DESC' }, take });
  }
}
