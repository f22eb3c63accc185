import { IntInRange, MatchesPattern, ServiceWithDatabaseConfig } from '@platter/config';

/**
 * Restaurants' settings fall back to these platform defaults (GET /config shows them). Keep them in
 * step with ordering's TAX_RATE_BPS and SERVICE_FEE, which price orders of restaurants with no setting.
 */
export class KitchenConfig extends ServiceWithDatabaseConfig {
  override PORT = 3108;

  /** Percent with at most 2 decimals, as restaurants set it ("19.25"). */
  @MatchesPattern(/^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/)
  DEFAULT_TAX_RATE: string = '0';

  /** Minor units of the restaurant's currency. */
  @IntInRange(0, 1_000_000)
  DEFAULT_SERVICE_FEE: number = 0;

  @IntInRange(1, 60)
  DEFAULT_ACCEPTANCE_TIMEOUT_MINUTES: number = 5;

  @IntInRange(1, 240)
  DEFAULT_PREPARATION_MINUTES: number = 20;
}
