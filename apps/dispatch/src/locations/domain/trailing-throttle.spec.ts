import { TrailingThrottle } from './trailing-throttle';

describe('TrailingThrottle', () => {
  let now: number;
  let sent: Array<[string, number, number]>;
  let throttle: TrailingThrottle<number>;

  beforeEach(() => {
    jest.useFakeTimers();
    now = 0;
    sent = [];
    throttle = new TrailingThrottle<number>(1000, (k, v) => sent.push([k, v, now]), () => now);
  });

  afterEach(() => {
    throttle.stop();
    jest.useRealTimers();
  });

  const advance = (ms: number) => {
    for (let i = 0; i < ms; i++) {
      now += 1;
      jest.advanceTimersByTime(1);
    }
  };

  it('sends the first value at once and the latest of a burst within one interval, never the ones in between', () => {
    expect(throttle.offer('d1', 1)).toBe('sent');
    expect(throttle.offer('d1', 2)).toBe('held');
    advance(100);
    expect(throttle.offer('d1', 3)).toBe('held');
    expect(sent.map(([, v]) => v)).toEqual([1]);
    advance(1000);
    expect(sent.map(([, v]) => v)).toEqual([1, 3]);
    expect(sent[1][2]).toBeLessThanOrEqual(1000);
    // Nothing more held: nothing more sent.
    advance(3000);
    expect(sent).toHaveLength(2);
  });

  it('cuts a chatty key down to one send per interval on average, the last value always going out', () => {
    for (let t = 0; t < 10_000; t += 100) {
      throttle.offer('a', t);
      throttle.offer('b', t);
      advance(100);
    }
    advance(1000);
    const of = (k: string) => sent.filter(([key]) => key === k);
    expect(of('a').map(([, v]) => v)).toEqual(of('b').map(([, v]) => v));
    // 10 s at one per second, plus the banked half send and the trailing one.
    expect(of('a').length).toBeLessThanOrEqual(12);
    expect(of('a').at(-1)![1]).toBe(9900);
    const gaps = of('a').slice(1).map(([, , at], i) => at - of('a')[i][2]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
  });

  it('lets a key reporting once per interval through at once, despite jitter', () => {
    const jitter = [0, 80, -60, 120, -90, 30, -110, 95, 0, -40];
    let offered = 0;
    for (let k = 0; k < jitter.length; k++) {
      advance(1000 * k + 200 + jitter[k] - now);
      expect(throttle.offer('d', k)).toBe('sent');
      offered++;
    }
    expect(sent).toHaveLength(offered);
  });

  it('sends everything at once with no interval; flushAll sends what is held (shutdown); prune forgets idle keys', () => {
    const open = new TrailingThrottle<number>(0, (k, v) => sent.push([k, v, now]));
    open.offer('x', 1);
    open.offer('x', 2);
    expect(sent.map(([, v]) => v)).toEqual([1, 2]);
    sent.length = 0;
    throttle.offer('d', 1);
    throttle.offer('d', 2);
    throttle.offer('d', 3);
    throttle.flushAll();
    expect(sent.map(([, v]) => v)).toEqual([1, 2, 3].filter((v) => v !== 2));
    advance(70_000);
    throttle.prune(60_000);
    expect(throttle.size).toBe(0);
  });
});
