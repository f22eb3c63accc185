import { createServer, Server as HttpServer } from 'node:http';
import type { AddressInfo, Socket as NetSocket } from 'node:net';
import { Server, Socket } from 'socket.io';
import { io as connect, Socket as ClientSocket } from 'socket.io-client';
import { CoalescableSocket, PositionCoalescer } from './position-coalescer';

/**
 * The coalescer against a real Socket.IO server and a client that stops reading (its TCP socket
 * paused): once the connection is backed up, positions are replaced, not queued, and the latest one
 * arrives when the client reads again. Status-like events sent meanwhile are all delivered.
 */
describe('PositionCoalescer over a real, slow connection', () => {
  let http: HttpServer;
  let ioServer: Server;
  let client: ClientSocket;
  let serverSocket: Socket;

  beforeAll(async () => {
    http = createServer();
    ioServer = new Server(http, { transports: ['websocket'] });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const connected = new Promise<Socket>((resolve) => ioServer.once('connection', resolve));
    client = connect(`http://127.0.0.1:${(http.address() as AddressInfo).port}`, { transports: ['websocket'], reconnection: false });
    serverSocket = await connected;
    await new Promise<void>((resolve) => (client.connected ? resolve() : client.once('connect', () => resolve())));
  });

  afterAll(async () => {
    client?.close();
    await new Promise<void>((resolve) => ioServer.close(() => resolve()));
  });

  it('keeps only the latest position for a client that does not read, and never drops a status', async () => {
    const counts = { coalesced: 0 };
    const coalescer = new PositionCoalescer('driver_location_update', { coalesced: () => counts.coalesced++ });
    const positions: Array<{ lat: number }> = [];
    const statuses: string[] = [];
    let bigOnes = 0;
    client.on('driver_location_update', (p: { lat: number }) => positions.push(p));
    client.on('order_status_update', (p: { status: string }) => statuses.push(p.status));
    client.on('big', () => bigOnes++);

    // The client stops reading; a large packet fills the kernel buffers, so the transport cannot take more.
    const raw = (client.io.engine.transport as unknown as { ws: { _socket: NetSocket } }).ws._socket;
    raw.pause();
    serverSocket.emit('big', 'x'.repeat(32 * 1024 * 1024));
    await new Promise((r) => setTimeout(r, 200));

    // engine.io's typings call writeBuffer private; at run time it is a plain array.
    const slow = serverSocket as unknown as CoalescableSocket;
    for (let i = 1; i <= 100; i++) {
      coalescer.deliver(slow, 'o-1', { orderId: 'o-1', lat: i });
      if (i % 25 === 0) serverSocket.emit('order_status_update', { status: `s${i}` });
    }
    expect(slow.conn.writeBuffer.length).toBeGreaterThan(0);
    expect(counts.coalesced).toBeGreaterThanOrEqual(97);

    raw.resume();
    await new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 20_000;
      const check = () => (positions.some((p) => p.lat === 100) ? resolve() : Date.now() > deadline ? reject(new Error(`latest never arrived: ${JSON.stringify(positions)}`)) : setTimeout(check, 20));
      check();
    });
    expect(bigOnes).toBe(1);
    expect(positions.length).toBeLessThanOrEqual(3);
    expect(positions[positions.length - 1]).toEqual({ orderId: 'o-1', lat: 100 });
    expect(statuses).toEqual(['s25', 's50', 's75', 's100']);

    // Caught up: the next position goes straight out.
    coalescer.deliver(slow, 'o-1', { orderId: 'o-1', lat: 101 });
    await new Promise((r) => setTimeout(r, 200));
    expect(positions[positions.length - 1]).toEqual({ orderId: 'o-1', lat: 101 });
  });
});
