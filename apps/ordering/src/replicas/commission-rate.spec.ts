import { rateBps } from './commission-rate';

describe('rateBps', () => {
  it('turns catalog decimal rates into basis points without float drift', () => {
    expect(rateBps(0.15)).toBe(1500);
    expect(rateBps(0.12)).toBe(1200);
    expect(rateBps(0.08)).toBe(800);
    expect(rateBps(0.1234)).toBe(1234);
    expect(rateBps(0)).toBe(0);
    expect(rateBps(1)).toBe(10_000);
  });

  it('is null when the event carried no rate', () => {
    expect(rateBps(undefined)).toBeNull();
    expect(rateBps(null)).toBeNull();
  });
});
