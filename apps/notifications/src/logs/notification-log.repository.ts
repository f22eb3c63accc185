import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { NotificationLog } from './notification-log.entity';

/** The reads of the notification log the queries make. */
@Injectable()
export class NotificationLogRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The newest notifications (to one recipient when given), at most `take`. */
  newest(recipient: string | undefined, take: number): Promise<NotificationLog[]> {
    return this.tx.repository(NotificationLog).find({ where: recipient ? { recipient } : {}, order: { created_at: 'DESC' }, take });
  }
}
