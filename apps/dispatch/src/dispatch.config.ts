import { IsNotEmpty, IsString, ValidateIf } from 'class-validator';
import { IntInRange, OneOf, ServiceWithDatabaseConfig, UrlWithScheme } from '@platter/config';
import { NumberInRange, SpeedList } from './config-rules';

export class DispatchConfig extends ServiceWithDatabaseConfig {
  override PORT = 3104;

  /** Average driving speed for ETAs (straight-line distance / speed), km/h. */
  @IntInRange(1, 200)
  DRIVER_AVERAGE_SPEED_KMH: number = 25;

  /** At most one driver.location-updated per driver in this many ms (the customer's live map). */
  @IntInRange(0, 60_000)
  LOCATION_EVENT_MIN_INTERVAL_MS: number = 1000;

  /** Driver positions are coalesced in memory and written to drivers (and the trail) in one batch this often. */
  @IntInRange(50, 10_000)
  LOCATION_FLUSH_MS: number = 500;

  /** How long a driver's active deliveries (for the trail and live events) are cached; this replica's own moves clear it. */
  @IntInRange(0, 60_000)
  LOCATION_ACTIVE_DELIVERIES_TTL_MS: number = 2000;

  /** Wrong delivery codes a delivery tolerates before refusing any more (support takes over). */
  @IntInRange(1, 100)
  MAX_DELIVERY_CODE_ATTEMPTS: number = 5;

  // ---- Assignment: offers, batching, the pool, routing. ----

  /** Deliveries a driver may hold at once (assigned, picked up, in transit). */
  @IntInRange(1, 10)
  MAX_ACTIVE_DELIVERIES: number = 2;

  /** A second delivery only if its pickup is this close to the pickup of the one(s) held (or the same restaurant), km. */
  @NumberInRange(0, 100)
  BATCH_PICKUP_RADIUS_KM: number = 1.5;

  /** A driver position older than this counts as unknown for ranking (such drivers come last). */
  @IntInRange(1, 86_400)
  LOCATION_STALE_SECONDS: number = 120;

  /** How long one driver has to accept an offer before it moves on to the next. */
  @IntInRange(1, 3600)
  OFFER_TIMEOUT_SECONDS: number = 30;

  /** How often the sweeper expires offers and offers waiting deliveries (0 = off). */
  @IntInRange(0, 600_000)
  OFFER_SWEEP_INTERVAL_MS: number = 1000;

  /** Everyone eligible was offered it in turn: wait this long before starting over. */
  @IntInRange(0, 3600)
  OFFER_ROUND_PAUSE_SECONDS: number = 30;

  /** With no eligible driver at all, look again this often (a driver coming online also triggers it). */
  @IntInRange(1, 3600)
  POOL_RECHECK_SECONDS: number = 10;

  /** A delivery nobody took this long after dispatch started looking is flagged for operators. */
  @IntInRange(1, 86_400)
  UNCLAIMED_FLAG_SECONDS: number = 600;

  /** The pool a driver sees at GET /driver/orders/available: ready deliveries whose pickup is this close, km. */
  @NumberInRange(0.1, 500)
  AVAILABLE_RADIUS_KM: number = 10;

  /** Preparation time when the restaurant set none (kitchen's preparation_minutes), for early offers. */
  @IntInRange(1, 600)
  DISPATCH_DEFAULT_PREPARATION_MINUTES: number = 20;

  /** Where routes and ETAs come from. */
  @OneOf(['straight_line'])
  ROUTING_PROVIDER: string = 'straight_line';

  /** Straight-line routing: roads are this much longer than the crow flies. */
  @NumberInRange(1, 5)
  ROUTE_DETOUR_FACTOR: number = 1.3;

  /** Straight-line routing: average speed per vehicle type, km/h (others: DRIVER_AVERAGE_SPEED_KMH). */
  @SpeedList()
  ROUTE_VEHICLE_SPEEDS_KMH: string = 'bicycle:15,motorbike:30,car:25,van:22';

  /** A new position republishes a delivery's route (delivery.route-updated) when its ETA moved by more than this. */
  @IntInRange(1, 3600)
  ROUTE_ETA_CHANGE_SECONDS: number = 60;

  /** Where drivers' KYC documents' bytes go: `local` (DOCUMENT_STORE_DIR) or `s3` (any S3-compatible store, S3_*), as catalog's. */
  @OneOf(['local', 's3'])
  DOCUMENT_STORE: 'local' | 's3' = 'local';

  @IsString() @IsNotEmpty()
  DOCUMENT_STORE_DIR: string = 'tmp/documents';

  @ValidateIf((c: DispatchConfig) => c.DOCUMENT_STORE === 's3') @UrlWithScheme(['http', 'https'])
  S3_ENDPOINT?: string;

  @ValidateIf((c: DispatchConfig) => c.DOCUMENT_STORE === 's3') @IsString() @IsNotEmpty()
  S3_BUCKET?: string;

  @IsString() @IsNotEmpty()
  S3_REGION: string = 'us-east-1';

  @ValidateIf((c: DispatchConfig) => c.DOCUMENT_STORE === 's3') @IsString() @IsNotEmpty()
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((c: DispatchConfig) => c.DOCUMENT_STORE === 's3') @IsString() @IsNotEmpty()
  S3_SECRET_ACCESS_KEY?: string;
}
