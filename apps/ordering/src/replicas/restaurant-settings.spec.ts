import { nonNegativeInt, percentToBps, pricingSettings } from './restaurant-settings';

describe('restaurant settings', () => {
  it('reads a percent tax rate as basis points, exactly', () => {
    expect(percentToBps('19.25')).toBe(1925);
    expect(percentToBps('7.5')).toBe(750);
    expect(percentToBps('0')).toBe(0);
    expect(percentToBps('100')).toBe(10_000);
    expect(percentToBps(' 14 ')).toBe(1400);
  });

  it('refuses what is not a percent of at most two decimals between 0 and 100', () => {
    for (const bad of ['', '-1', '100.01', '19.255', 'abc', '1e2', '19,25', '101']) expect(percentToBps(bad)).toBeNull();
    expect(percentToBps(undefined)).toBeNull();
  });

  it('reads whole non-negative amounts', () => {
    expect(nonNegativeInt('500', 1_000_000)).toBe(500);
    expect(nonNegativeInt('0', 1_000_000)).toBe(0);
    expect(nonNegativeInt('-5', 1_000_000)).toBeNull();
    expect(nonNegativeInt('2.5', 1_000_000)).toBeNull();
    expect(nonNegativeInt('2000000', 1_000_000)).toBeNull();
  });

  it("prices with the restaurant's own settings, else the platform defaults, ignoring malformed values", () => {
    const defaults = { taxRateBps: 1000, serviceFee: 100 };
    expect(pricingSettings(new Map(), defaults)).toEqual(defaults);
    expect(pricingSettings(new Map([['tax_rate', '19.25'], ['service_fee', '250']]), defaults)).toEqual({ taxRateBps: 1925, serviceFee: 250 });
    expect(pricingSettings(new Map([['tax_rate', 'lots'], ['service_fee', '-1']]), defaults)).toEqual(defaults);
    expect(pricingSettings(new Map([['acceptance_timeout_minutes', '10']]), defaults)).toEqual(defaults);
  });
});
