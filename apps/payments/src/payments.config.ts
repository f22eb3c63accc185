import { IntInRange, MatchesPattern } from '@platter/config';
import { ProvidersConfig } from './providers/providers.config';

/** Provider settings (CamPay, NouPay, Stripe, Paymob, polling, fallback) come from ProvidersConfig. */
export class PaymentsConfig extends ProvidersConfig {
  override PORT = 3105;

  // Money (wallets, refunds, settlement, payouts).
  /** Days between an order's completion and its commission record falling due for the restaurant's payout (a weekly cycle by default). */
  @IntInRange(0, 90)
  PAYOUT_CYCLE_DAYS: number = 7;

  /** The driver's part of a delivery order's delivery fee, in basis points (10000 = all of it). */
  @IntInRange(0, 10000)
  DRIVER_DELIVERY_FEE_SHARE_BPS: number = 10000;

  /** How often a replica groups due commission records into restaurant payouts; 0 = only POST /admin/payouts/run. */
  @IntInRange(0, 10080)
  PAYOUT_RUN_INTERVAL_MINUTES: number = 60;

  /** How often provider refunds that are waiting or unanswered are (re)sent. */
  @IntInRange(100, 600000)
  REFUND_RETRY_INTERVAL_MS: number = 15000;

  /** Provider refund calls tried before the refund is declared failed. */
  @IntInRange(1, 50)
  REFUND_MAX_ATTEMPTS: number = 5;

  /** The day boundaries of a driver's earnings summary (today, week, month). */
  @MatchesPattern(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/)
  EARNINGS_TIME_ZONE: string = 'Africa/Douala';

  /** The currency of a wallet when none is named. */
  @MatchesPattern(/^[A-Z]{3}$/)
  WALLET_DEFAULT_CURRENCY: string = 'XAF';
}
