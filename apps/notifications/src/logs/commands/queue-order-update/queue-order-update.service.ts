import { Injectable } from '@nestjs/common';
import { OrderStatusChanged } from '@platter/contracts';
import { DEFAULT_LOCALE, orderStatusTemplate } from '../../domain/message-templates';
import { NotificationLog } from '../../notification-log.entity';
import { NotificationQueue } from '../../notification-queue';

/** Tells the customer, in the app, that their order moved on. Guest orders have no account to tell. */
@Injectable()
export class QueueOrderUpdateService {
  constructor(private readonly notifications: NotificationQueue) {}

  /** The queued notification, or null when the order has no customer account. */
  async queue(change: OrderStatusChanged): Promise<NotificationLog | null> {
    if (!change.customer_id) return null;
    return this.notifications.queue({
      type: 'push',
      provider: 'in_app',
      recipient: change.customer_id,
      template: orderStatusTemplate(change.to),
      locale: DEFAULT_LOCALE,
      vars: { orderNumber: change.order_number },
      // An order reaches each status once, so (order, status) names this notification.
      dedupKey: `order:${change.order_id}:${change.to}`,
    });
  }
}
