import * as net from 'node:net';

/**
 * A TCP forwarder a test puts between one process and a server (Toxiproxy style) to break the
 * network on purpose: cut() resets every open connection, refuse(ms) also turns new ones away
 * (the port stops listening, as when a host is unreachable) until the time is up.
 */
export class TcpProxy {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  /** Connections accepted since the start (a reconnect shows as one more). */
  accepted = 0;

  constructor(
    readonly listenPort: number,
    private readonly target: { host: string; port: number },
  ) {
    this.server = net.createServer((client) => this.forward(client));
  }

  get url(): string {
    return `127.0.0.1:${this.listenPort}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.listenPort, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return this;
  }

  private forward(client: net.Socket): void {
    this.accepted++;
    const upstream = net.connect(this.target.port, this.target.host);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        this.sockets.delete(s);
        // One side gone: the other goes too, as a real broken link would.
        (s === client ? upstream : client).destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Resets every connection through the proxy (both sides see the link drop). */
  cut(): number {
    const open = this.sockets.size / 2;
    for (const s of this.sockets) s.resetAndDestroy();
    this.sockets.clear();
    return open;
  }

  /** Cuts every connection and refuses new ones for `ms`, then forwards again. */
  async refuse(ms: number): Promise<void> {
    // close() completes only once the last connection is gone: stop listening, then cut.
    const closed = new Promise<void>((r) => this.server.close(() => r()));
    this.cut();
    await closed;
    await new Promise((r) => setTimeout(r, ms));
    await this.start();
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((r) => (this.server.listening ? this.server.close(() => r()) : r()));
    this.cut();
    await closed;
  }
}
