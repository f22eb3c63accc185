import { ServiceWithDatabaseConfig } from '@platter/config';

export class PaymentsConfig extends ServiceWithDatabaseConfig {
  override PORT = 3105;
}
