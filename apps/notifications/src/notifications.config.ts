import { ServiceWithDatabaseConfig, UrlWithScheme } from '@platter/config';

export class NotificationsConfig extends ServiceWithDatabaseConfig {
  override PORT = 3106;

  /** Where the client app is served: the links in account emails (password reset, email verification) point there. */
  @UrlWithScheme(['https', 'http'])
  APP_PUBLIC_URL: string = 'http://localhost:3000';
}
