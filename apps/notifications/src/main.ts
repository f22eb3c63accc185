import { runService } from '@platter/service-kit';
import { NotificationsConfig } from './notifications.config';
import { notificationsModule } from './notifications.module';

void runService({ service: 'notifications', config: NotificationsConfig, module: notificationsModule });
