import { MessagingTables1700000000000 } from '@platter/messaging';
import { CreateNotificationLogs1700000001000 } from './1700000001000-create-notification-logs';

export const notificationsMigrations = [MessagingTables1700000000000, CreateNotificationLogs1700000001000];
