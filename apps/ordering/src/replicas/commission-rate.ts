/** Catalog's commission rate (0.15 = 15 %) in basis points (1500), exactly; null when the event did not say. */
export function rateBps(rate: number | undefined | null): number | null {
  if (rate === undefined || rate === null || !Number.isFinite(rate)) return null;
  return Math.min(10_000, Math.max(0, Math.round(rate * 10_000)));
}
