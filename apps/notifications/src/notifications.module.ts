import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { LogsModule } from './logs/logs.module';
import { NotificationLog } from './logs/notification-log.entity';
import { notificationsMigrations } from './migrations';
import { NotificationsConfig } from './notifications.config';

export const notificationsEntities = [NotificationLog];

export function notificationsModule(config: NotificationsConfig) {
  @Module({
    imports: [
      PlatformModule.forService({
        service: 'notifications',
        config,
        database: { entities: notificationsEntities, migrations: notificationsMigrations },
      }),
      LogsModule,
    ],
  })
  class NotificationsModule {}
  return NotificationsModule;
}
