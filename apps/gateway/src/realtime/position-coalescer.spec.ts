import { FakeIo } from './fake-io';
import { PositionCoalescer } from './position-coalescer';

function setUp() {
  const io = new FakeIo();
  const counts = { emitted: 0, coalesced: 0 };
  const coalescer = new PositionCoalescer('driver_location_update', { emitted: () => counts.emitted++, coalesced: () => counts.coalesced++ });
  return { io, coalescer, counts };
}
const at = (orderId: string, lat: number) => ({ orderId, lat, lng: 9.7 });

describe('PositionCoalescer: live positions for slow sockets', () => {
  it('sends each position at once to a socket whose connection keeps up', () => {
    const { io, coalescer, counts } = setUp();
    const fast = io.connect({ user_id: 'c-1', role: 'customer' });
    for (let i = 0; i < 5; i++) coalescer.deliver(fast, 'o-1', at('o-1', i));
    expect(fast.heardOf('driver_location_update')).toEqual([0, 1, 2, 3, 4].map((i) => at('o-1', i)));
    expect(counts).toEqual({ emitted: 5, coalesced: 0 });
  });

  it('keeps only the latest position per order while the connection has not drained, and sends it when it does', () => {
    const { io, coalescer, counts } = setUp();
    const slow = io.connect({ user_id: 'c-1', role: 'customer' });
    slow.conn.writeBuffer.push('an earlier packet still waiting');
    for (let i = 0; i < 50; i++) {
      coalescer.deliver(slow, 'o-1', at('o-1', i));
      coalescer.deliver(slow, 'o-2', at('o-2', i));
    }
    expect(slow.heard).toEqual([]);
    expect(coalescer.pendingFor(slow)).toBe(2);
    expect(counts.coalesced).toBe(98);
    slow.drain();
    expect(slow.heardOf('driver_location_update')).toEqual([at('o-1', 49), at('o-2', 49)]);
    expect(coalescer.pendingFor(slow)).toBe(0);
  });

  it('never holds a fast socket back for a slow one', () => {
    const { io, coalescer } = setUp();
    const slow = io.connect({ user_id: 'c-1', role: 'customer' });
    const fast = io.connect({ user_id: 'a-1', role: 'admin' });
    slow.conn.writeBuffer.push('stuck');
    for (let i = 0; i < 3; i++) for (const s of [slow, fast]) coalescer.deliver(s, 'o-1', at('o-1', i));
    expect(fast.heardOf('driver_location_update')).toHaveLength(3);
    expect(slow.heard).toEqual([]);
  });

  it('sends the next positions straight again once drained, and drops what a closed socket was owed', () => {
    const { io, coalescer } = setUp();
    const socket = io.connect({ user_id: 'c-1', role: 'customer' });
    socket.conn.writeBuffer.push('stuck');
    coalescer.deliver(socket, 'o-1', at('o-1', 1));
    socket.drain();
    coalescer.deliver(socket, 'o-1', at('o-1', 2));
    expect(socket.heardOf('driver_location_update')).toEqual([at('o-1', 1), at('o-1', 2)]);

    const gone = io.connect({ user_id: 'c-2', role: 'customer' });
    gone.conn.writeBuffer.push('stuck');
    coalescer.deliver(gone, 'o-1', at('o-1', 1));
    gone.disconnect();
    gone.drain();
    coalescer.deliver(gone, 'o-1', at('o-1', 2));
    expect(gone.heard).toEqual([]);
  });
});
