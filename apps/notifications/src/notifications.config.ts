import { ServiceWithDatabaseConfig } from '@platter/config';

export class NotificationsConfig extends ServiceWithDatabaseConfig {
  override PORT = 3106;
}
