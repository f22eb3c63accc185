import { IntInRange, ServiceWithDatabaseConfig } from '@platter/config';

export class DispatchConfig extends ServiceWithDatabaseConfig {
  override PORT = 3104;

  /** Average driving speed for ETAs (straight-line distance / speed), km/h. */
  @IntInRange(1, 200)
  DRIVER_AVERAGE_SPEED_KMH: number = 25;

  /** At most one driver.location-updated per driver in this many ms (the customer's live map). */
  @IntInRange(0, 60_000)
  LOCATION_EVENT_MIN_INTERVAL_MS: number = 1000;

  /** Wrong delivery codes a delivery tolerates before refusing any more (support takes over). */
  @IntInRange(1, 100)
  MAX_DELIVERY_CODE_ATTEMPTS: number = 5;
}
