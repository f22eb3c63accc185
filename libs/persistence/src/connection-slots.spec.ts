import { ConnectionSlots } from './connection-slots';

describe('ConnectionSlots', () => {
  it('grants up to its size at once and the next waiter, first come first served, on each release', async () => {
    const slots = new ConnectionSlots(2);
    const a = await slots.acquire();
    await slots.acquire();
    const order: string[] = [];
    const c = slots.acquire().then((release) => (order.push('c'), release));
    const d = slots.acquire().then((release) => (order.push('d'), release));
    expect(slots.inUse).toBe(2);
    expect(slots.queued).toBe(2);
    a();
    a(); // releasing twice frees one slot only
    await c;
    expect(order).toEqual(['c']);
    expect(slots.queued).toBe(1);
    (await c)();
    await d;
    expect(order).toEqual(['c', 'd']);
    expect(slots.inUse).toBe(2);
  });

  it('rejects a waiter whose wait runs out and takes it out of the queue', async () => {
    jest.useFakeTimers();
    try {
      const slots = new ConnectionSlots(1);
      const held = await slots.acquire();
      const waiting = slots.acquire(1000, () => new Error('busy'));
      const assertion = expect(waiting).rejects.toThrow('busy');
      await jest.advanceTimersByTimeAsync(1000);
      await assertion;
      expect(slots.queued).toBe(0);
      held();
      expect(slots.inUse).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
