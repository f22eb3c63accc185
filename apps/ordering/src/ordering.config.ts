import { IsTimeZone } from 'class-validator';
import { IntInRange, ServiceWithDatabaseConfig } from '@platter/config';

/** Fees are integers in the currency's minor unit (XAF has none); the delivery fee comes from the serving delivery zone. */
export class OrderingConfig extends ServiceWithDatabaseConfig {
  override PORT = 3103;

  /** Tax on the subtotal, in basis points (1925 = 19.25 %). */
  @IntInRange(0, 10_000)
  TAX_RATE_BPS: number = 0;

  @IntInRange(0, 1_000_000)
  SERVICE_FEE: number = 0;

  // ---- The order saga's deadlines (seconds). Payment and restaurant answer: the order is cancelled
  // when they pass; later steps: the order is flagged for admins, never cancelled. ----

  /** How long an online payment is awaited after placing (payment_due_at). */
  @IntInRange(1, 86_400)
  ORDER_PAYMENT_WINDOW_SECONDS: number = 900;

  /** At the payment deadline payments is asked once to re-check its provider; the order is cancelled this long after. */
  @IntInRange(0, 3_600)
  ORDER_PAYMENT_CHECK_GRACE_SECONDS: number = 60;

  /** A confirmed order the restaurant has not accepted by then is cancelled (restaurant_timeout); restaurants override it (acceptance_timeout_minutes). */
  @IntInRange(1, 86_400)
  ORDER_ACCEPT_TIMEOUT_SECONDS: number = 300;

  /** Accepted → preparing expected within. */
  @IntInRange(1, 86_400)
  ORDER_PREPARATION_START_SECONDS: number = 900;

  /** Preparing → ready expected within (a restaurant's preparation_minutes, when set, is used instead). */
  @IntInRange(1, 86_400)
  ORDER_PREPARATION_SECONDS: number = 2_700;

  /** Ready → a driver assigned (delivery) or handed over (pickup, dine-in) expected within. */
  @IntInRange(1, 86_400)
  ORDER_READY_SECONDS: number = 1_800;

  /** Assigned → picked up expected within. */
  @IntInRange(1, 86_400)
  ORDER_PICKUP_SECONDS: number = 1_800;

  /** Picked up / in transit → delivered expected within. */
  @IntInRange(1, 86_400)
  ORDER_DELIVERY_SECONDS: number = 3_600;

  /** A cancelled order whose captured money has not been refunded by then is flagged. */
  @IntInRange(1, 604_800)
  ORDER_REFUND_WAIT_SECONDS: number = 1_800;

  /** How often each replica's watchdog looks for overdue orders (0 = no watchdog in this process). */
  @IntInRange(0, 3_600)
  SAGA_WATCHDOG_INTERVAL_SECONDS: number = 10;

  /** Overdue orders handled per watchdog transaction. */
  @IntInRange(1, 1_000)
  SAGA_WATCHDOG_BATCH: number = 50;

  // ---- Loyalty: birthday bonuses are given by a job on every replica (the ledger's unique keys make it once). ----

  /** The time zone whose calendar decides whose birthday it is (an IANA name). */
  @IsTimeZone({ message: 'must be an IANA time zone, e.g. Africa/Douala' })
  LOYALTY_TIME_ZONE: string = 'Africa/Douala';

  /** How often each replica looks for birthdays to reward (0 = not in this process). */
  @IntInRange(0, 1_440)
  LOYALTY_BIRTHDAY_CHECK_MINUTES: number = 60;
}
