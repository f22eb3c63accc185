import * as net from 'node:net';
import { TcpProxy } from './support/tcp-proxy';

/**
 * The chaos suite's TCP proxy on a local echo server: it forwards both ways, cut() drops every
 * open connection, refuse(ms) turns new connections away until the time is up, and then forwards
 * again.
 */
describe('the chaos TCP proxy forwards, cuts and refuses', () => {
  const echo = net.createServer((s) => s.on('error', () => undefined).pipe(s));
  let proxy: TcpProxy;
  beforeAll(async () => {
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', () => r()));
    proxy = await new TcpProxy(5691, { host: '127.0.0.1', port: (echo.address() as net.AddressInfo).port }).start();
  });
  afterAll(async () => {
    await proxy.stop();
    await new Promise<void>((r) => echo.close(() => r()));
  });

  const connect = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect(5691, '127.0.0.1', () => resolve(s));
      s.once('error', reject);
    });
  const roundTrip = (s: net.Socket, text: string) =>
    new Promise<string>((resolve) => {
      s.once('data', (d) => resolve(d.toString()));
      s.write(text);
    });
  const closed = (s: net.Socket) => new Promise<void>((r) => (s.destroyed ? r() : s.once('close', () => r())));

  it('forwards, drops open connections on cut(), refuses during refuse(ms), then forwards again', async () => {
    const first = await connect();
    first.on('error', () => undefined);
    expect(await roundTrip(first, 'hello')).toBe('hello');
    expect(proxy.cut()).toBe(1);
    await closed(first);

    const refusing = proxy.refuse(500);
    await new Promise((r) => setTimeout(r, 100));
    await expect(connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await refusing;
    const again = await connect();
    expect(await roundTrip(again, 'back')).toBe('back');
    expect(proxy.accepted).toBe(2);
    again.destroy();
  });
});
