import { ServiceWithDatabaseConfig } from '@platter/config';

export class MarketingConfig extends ServiceWithDatabaseConfig {
  override PORT = 3107;
}
