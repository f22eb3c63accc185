import { nextCheckDelayMs } from './attempt-poller';

describe('nextCheckDelayMs', () => {
  it('doubles with the attempt’s age from the first delay, up to ten minutes', () => {
    expect(nextCheckDelayMs(30, 0)).toBe(30_000);
    expect(nextCheckDelayMs(30, 30_000)).toBe(30_000);
    expect(nextCheckDelayMs(30, 60_000)).toBe(60_000);
    expect(nextCheckDelayMs(30, 130_000)).toBe(120_000);
    expect(nextCheckDelayMs(30, 24 * 3600_000)).toBe(600_000);
  });
});
