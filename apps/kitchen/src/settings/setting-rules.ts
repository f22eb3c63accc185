import { RESTAURANT_CONFIG_KEYS, RestaurantConfigKey } from '@platter/contracts';

export type SettingCheck = { ok: true; value: string } | { ok: false; message: string };

export function isSettingKey(key: string): key is RestaurantConfigKey {
  return (RESTAURANT_CONFIG_KEYS as readonly string[]).includes(key);
}

const DECIMAL_PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const WHOLE = /^\d{1,9}$/;

function wholeIn(raw: string, min: number, max: number, what: string): SettingCheck {
  if (!WHOLE.test(raw)) return { ok: false, message: `${what} must be a whole number from ${min} to ${max}` };
  const n = Number(raw);
  if (n < min || n > max) return { ok: false, message: `${what} must be a whole number from ${min} to ${max}` };
  return { ok: true, value: String(n) };
}

/**
 * A setting's value checked and written the one way consumers read it: tax_rate a percent with at
 * most two decimals ("19.25", no trailing zeros), the others whole numbers. Numbers given as JSON
 * numbers are read as their decimal text.
 */
export function checkSetting(key: RestaurantConfigKey, value: unknown): SettingCheck {
  if (typeof value !== 'string' && typeof value !== 'number') return { ok: false, message: 'value must be a string or a number' };
  const raw = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  switch (key) {
    case 'tax_rate': {
      if (!DECIMAL_PERCENT.test(raw)) return { ok: false, message: 'tax_rate must be a percent from 0 to 100 with at most 2 decimals, e.g. "19.25"' };
      const [whole, fraction = ''] = raw.split('.');
      const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
      if (hundredths > 10_000) return { ok: false, message: 'tax_rate must be a percent from 0 to 100 with at most 2 decimals, e.g. "19.25"' };
      return { ok: true, value: formatPercent(hundredths) };
    }
    case 'service_fee':
      return wholeIn(raw, 0, 1_000_000, 'service_fee (minor units)');
    case 'acceptance_timeout_minutes':
      return wholeIn(raw, 1, 60, 'acceptance_timeout_minutes');
    case 'preparation_minutes':
      return wholeIn(raw, 1, 240, 'preparation_minutes');
  }
}

/** 1925 → "19.25", 1950 → "19.5", 1900 → "19". */
export function formatPercent(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
