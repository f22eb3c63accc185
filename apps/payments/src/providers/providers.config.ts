import { IsOptional, MinLength } from 'class-validator';
import { IntInRange, OneOf, ServiceWithDatabaseConfig, UrlWithScheme } from '@platter/config';

export const MOBILE_MONEY_PROVIDERS = ['campay', 'noupay'] as const;
export type MobileMoneyProvider = (typeof MOBILE_MONEY_PROVIDERS)[number];

/**
 * The payment providers' settings, a base of PaymentsConfig. Base URLs default to the
 * providers' real hosts; credentials have no default: a provider without them answers
 * PAYMENT_GATEWAY_ERROR ("not configured") and mobile money falls back to the other provider.
 * Names holding KEY/SECRET/PASSWORD/TOKEN are masked in every config message.
 */
export class ProvidersConfig extends ServiceWithDatabaseConfig {
  /** Deadline of one HTTP call to a provider; past it the call counts as failed (and mobile money falls back). */
  @IntInRange(100, 120000)
  PAYMENT_PROVIDER_TIMEOUT_MS: number = 10000;

  @OneOf(MOBILE_MONEY_PROVIDERS)
  PAYMENT_MOBILE_MONEY_PRIMARY: MobileMoneyProvider = 'campay';

  /** `none` disables the fallback. */
  @OneOf([...MOBILE_MONEY_PROVIDERS, 'none'])
  PAYMENT_MOBILE_MONEY_BACKUP: MobileMoneyProvider | 'none' = 'noupay';

  /** Webhook signatures older (or newer) than this are refused as replays (Stripe, NouPay). */
  @IntInRange(10, 3600)
  PAYMENT_WEBHOOK_TOLERANCE_SECONDS: number = 300;

  /** An attempt with no answer after this long is asked about by the status poll. */
  @IntInRange(1, 86400)
  PAYMENT_STATUS_POLL_AFTER_SECONDS: number = 30;

  /** How often each replica looks for attempts to ask about (and queued initiations, refunds of double captures). */
  @IntInRange(100, 600000)
  PAYMENT_STATUS_POLL_INTERVAL_MS: number = 5000;

  /** An attempt still unanswered after this long stops being polled (it expires; a late webhook still counts). */
  @IntInRange(1, 10080)
  PAYMENT_ATTEMPT_EXPIRY_MINUTES: number = 60;

  // CamPay (https://www.campay.net; its sandbox is https://demo.campay.net).
  @UrlWithScheme(['http', 'https'])
  CAMPAY_BASE_URL: string = 'https://www.campay.net';
  @IsOptional() @MinLength(1) CAMPAY_USERNAME?: string;
  @IsOptional() @MinLength(1) CAMPAY_PASSWORD?: string;
  /** The "App webhook key" that signs CamPay's webhook JWTs. */
  @IsOptional() @MinLength(1) CAMPAY_WEBHOOK_KEY?: string;

  // NouPay: the contract is ours pending NouPay's documentation (see providers/noupay).
  @UrlWithScheme(['http', 'https'])
  NOUPAY_BASE_URL: string = 'https://api.noupay.com';
  @IsOptional() @MinLength(1) NOUPAY_API_KEY?: string;
  /** Signs NouPay's webhooks (HMAC-SHA256). */
  @IsOptional() @MinLength(1) NOUPAY_SECRET?: string;

  @UrlWithScheme(['http', 'https'])
  STRIPE_BASE_URL: string = 'https://api.stripe.com';
  @IsOptional() @MinLength(1) STRIPE_SECRET_KEY?: string;
  @IsOptional() @MinLength(1) STRIPE_WEBHOOK_SECRET?: string;
  /** Handed to clients with the intent's client_secret (safe to publish). */
  @IsOptional() @MinLength(1) STRIPE_PUBLISHABLE_KEY?: string;

  @UrlWithScheme(['http', 'https'])
  PAYMOB_BASE_URL: string = 'https://accept.paymob.com';
  @IsOptional() @MinLength(1) PAYMOB_API_KEY?: string;
  @IsOptional() @IntInRange(1, 2147483647) PAYMOB_INTEGRATION_ID?: number;
  @IsOptional() @IntInRange(1, 2147483647) PAYMOB_IFRAME_ID?: number;
  @IsOptional() @MinLength(1) PAYMOB_HMAC_SECRET?: string;
}
