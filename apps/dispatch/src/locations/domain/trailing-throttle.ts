/** Sends a key may bank while quiet: a position arriving a little early (jitter) still goes at once. */
export const THROTTLE_BURST = 1.5;

/**
 * Per-key throttle with a trailing edge, as a token bucket: one send per `intervalMs` on average
 * (credit refills at that rate, banked up to THROTTLE_BURST sends), so a driver reporting once per
 * interval passes through without delay despite network jitter, while a chattier one is cut down to
 * the interval's rate (two sends never closer than interval × (1 − (THROTTLE_BURST − 1))). A value
 * that finds no credit is held (only the latest kept) and sent as soon as credit allows: the latest
 * value is never lost and leaves at most one interval late.
 */
export class TrailingThrottle<T> {
  private readonly keys = new Map<string, { tokens: number; at: number; pending?: T; timer?: NodeJS.Timeout }>();

  constructor(
    private readonly intervalMs: number,
    private readonly send: (key: string, value: T) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Returns 'sent' when it went out now, 'held' when it waits for the trailing edge (replacing any held value). */
  offer(key: string, value: T): 'sent' | 'held' {
    if (this.intervalMs <= 0) {
      this.send(key, value);
      return 'sent';
    }
    const t = this.now();
    let state = this.keys.get(key);
    if (!state) this.keys.set(key, (state = { tokens: THROTTLE_BURST, at: t }));
    this.refill(state, t);
    if (!state.timer && state.tokens >= 1) {
      state.tokens -= 1;
      this.send(key, value);
      return 'sent';
    }
    state.pending = value;
    if (!state.timer) {
      state.timer = setTimeout(() => this.trail(key), Math.ceil((1 - state.tokens) * this.intervalMs));
      state.timer.unref?.();
    }
    return 'held';
  }

  /** Sends every held value now (shutdown). */
  flushAll(): void {
    for (const [key, state] of this.keys) {
      if (state.timer) clearTimeout(state.timer);
      state.timer = undefined;
      if (state.pending !== undefined) {
        const value = state.pending;
        state.pending = undefined;
        this.send(key, value);
      }
    }
  }

  /** Forgets keys with nothing held and not heard from for longer than `idleMs`, so the map does not grow for ever. */
  prune(idleMs: number): void {
    const t = this.now();
    for (const [key, s] of this.keys) if (!s.timer && t - s.at > idleMs) this.keys.delete(key);
  }

  stop(): void {
    for (const s of this.keys.values()) if (s.timer) clearTimeout(s.timer);
    this.keys.clear();
  }

  get size(): number {
    return this.keys.size;
  }

  private refill(state: { tokens: number; at: number }, t: number): void {
    state.tokens = Math.min(THROTTLE_BURST, state.tokens + (t - state.at) / this.intervalMs);
    state.at = t;
  }

  private trail(key: string): void {
    const state = this.keys.get(key);
    if (!state) return;
    state.timer = undefined;
    if (state.pending === undefined) return;
    this.refill(state, this.now());
    // A timer may fire a hair early: the send is due now whatever the rounding says.
    state.tokens = Math.max(0, state.tokens - 1);
    const value = state.pending;
    state.pending = undefined;
    this.send(key, value);
  }
}
