import { ServiceWithDatabaseConfig } from '@platter/config';

export class DispatchConfig extends ServiceWithDatabaseConfig {
  override PORT = 3104;
}
