import { io, Socket } from 'socket.io-client';

/** Socket.IO clients as an app opens them (token in the handshake, no automatic reconnection), closed together. */
export class SocketClients {
  private readonly open: Socket[] = [];

  /** Resolves once connected; rejects with the server's connect_error (e.g. a refused token). */
  connect(url: string, token: string): Promise<Socket> {
    const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false });
    this.open.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  closeAll(): void {
    this.open.forEach((s) => s.close());
  }
}

/** The next `event` whose payload matches, within the time allowed. */
export function nextEvent<T = any>(socket: Socket, event: string, match: (p: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    const onEvent = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, onEvent);
      resolve(payload);
    };
    socket.on(event, onEvent);
  });
}
