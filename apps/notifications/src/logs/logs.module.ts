import { Module } from '@nestjs/common';
import { OrderStatusChangedHandler } from './commands/queue-order-update/order-status-changed.handler';
import { QueueOrderUpdateService } from './commands/queue-order-update/queue-order-update.service';
import { QueueWelcomeEmailService } from './commands/queue-welcome-email/queue-welcome-email.service';
import { UserRegisteredHandler } from './commands/queue-welcome-email/user-registered.handler';
import { NotificationQueue } from './notification-queue';
import { ListLogsHandler } from './queries/list-logs/list-logs.handler';

@Module({
  controllers: [OrderStatusChangedHandler, UserRegisteredHandler, ListLogsHandler],
  providers: [NotificationQueue, QueueOrderUpdateService, QueueWelcomeEmailService],
})
export class LogsModule {}
