import { ServiceWithDatabaseConfig } from '@platter/config';

export class KitchenConfig extends ServiceWithDatabaseConfig {
  override PORT = 3108;
}
