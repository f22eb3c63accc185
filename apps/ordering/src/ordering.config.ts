import { IntInRange, ServiceWithDatabaseConfig } from '@platter/config';

/** Fees are integers in the currency's minor unit (XAF has none); the delivery fee comes from the serving delivery zone. */
export class OrderingConfig extends ServiceWithDatabaseConfig {
  override PORT = 3103;

  /** Tax on the subtotal, in basis points (1925 = 19.25 %). */
  @IntInRange(0, 10_000)
  TAX_RATE_BPS: number = 0;

  @IntInRange(0, 1_000_000)
  SERVICE_FEE: number = 0;
}
