import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { CreateNotificationLogs1700000001000 } from './1700000001000-create-notification-logs';

export const notificationsMigrations = [...MESSAGING_MIGRATIONS, CreateNotificationLogs1700000001000];
