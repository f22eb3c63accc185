import { RestaurantConfigReplicaRepository } from './restaurant-config-replica.repository';

/** A restaurant's settings as kitchen last announced them: key → value (keys never set or reset are absent). */
export async function restaurantSettings(settings: RestaurantConfigReplicaRepository, restaurantId: string): Promise<ReadonlyMap<string, string>> {
  const rows = await settings.settingsOf(restaurantId);
  return new Map(rows.filter((r) => r.value !== null).map((r) => [r.key, r.value as string]));
}

/** "19.25" (percent, at most two decimals, 0 to 100) → 1925 basis points; null when it is not such a number. */
export function percentToBps(value: string | undefined | null): number | null {
  const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*$/.exec(value ?? '');
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}

/** "500" → 500; null unless a whole, non-negative number within `max`. */
export function nonNegativeInt(value: string | undefined | null, max: number): number | null {
  if (!/^\s*\d{1,10}\s*$/.test(value ?? '')) return null;
  const n = Number(value);
  return n <= max ? n : null;
}

export interface PricingSettings {
  taxRateBps: number;
  serviceFee: number;
}

/**
 * The tax rate and service fee an order of this restaurant is priced with: the restaurant's own
 * (tax_rate, service_fee) when set and well-formed, else the platform's defaults (TAX_RATE_BPS,
 * SERVICE_FEE). A malformed value is ignored rather than trusted.
 */
export function pricingSettings(settings: ReadonlyMap<string, string>, defaults: PricingSettings): PricingSettings {
  return {
    taxRateBps: percentToBps(settings.get('tax_rate')) ?? defaults.taxRateBps,
    serviceFee: nonNegativeInt(settings.get('service_fee'), 1_000_000) ?? defaults.serviceFee,
  };
}
