import { ServiceWithDatabaseConfig } from '@platter/config';

export class CatalogConfig extends ServiceWithDatabaseConfig {
  override PORT = 3102;
}
