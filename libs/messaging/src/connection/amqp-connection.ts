import * as amqp from 'amqplib';
import { MessagingLogger, silentLogger } from '../ports';

type SetupHook = (model: amqp.ChannelModel) => Promise<void>;

export interface AmqpConnectionOptions {
  url: string;
  /** Shown in RabbitMQ's management UI. */
  name: string;
  logger?: MessagingLogger;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * One AMQP connection per process that reconnects with backoff for as long as the process lives.
 * Consumers and publishers register setup hooks that run again after every reconnect.
 */
export class AmqpConnection {
  private model: amqp.ChannelModel | null = null;
  private readonly hooks: SetupHook[] = [];
  private readonly waiters: Array<() => void> = [];
  private stopped = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;
  private connecting = false;
  private readonly log: MessagingLogger;

  constructor(private readonly options: AmqpConnectionOptions) {
    this.log = options.logger ?? silentLogger;
  }

  get isConnected(): boolean {
    return this.model !== null;
  }

  get current(): amqp.ChannelModel | null {
    return this.model;
  }

  start(): void {
    this.stopped = false;
    if (!this.model && !this.connecting && !this.timer) void this.connect();
  }

  /** Registers a hook run on every (re)connect; runs at once if connected now. */
  async onConnect(hook: SetupHook): Promise<void> {
    this.hooks.push(hook);
    if (this.model) await hook(this.model);
  }

  waitUntilConnected(timeoutMs = 30_000): Promise<void> {
    if (this.model) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`RabbitMQ not reachable within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const m = this.model;
    this.model = null;
    if (m) await m.close().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.connecting = true;
    this.timer = null;
    try {
      // noDelay: amqplib leaves Nagle on by default, which with delayed ACKs adds ~40 ms to small RPCs.
      const model = await amqp.connect(this.options.url, { noDelay: true, clientProperties: { connection_name: this.options.name } });
      if (this.stopped) {
        // close() was called while connecting: nobody owns this connection.
        await model.close().catch(() => undefined);
        return;
      }
      model.on('error', (err: Error) => this.log.warn({ err: err.message }, 'amqp connection error'));
      model.on('close', () => this.handleLoss(model));
      model.on('blocked', (reason: string) => this.log.warn({ reason }, 'amqp connection blocked by broker'));
      this.model = model;
      // A snapshot: a hook registered while these run sees `model` set and runs itself (once).
      for (const hook of [...this.hooks]) await hook(model);
      this.attempt = 0;
      this.log.info({ connection: this.options.name }, 'amqp connected');
      this.waiters.splice(0).forEach((w) => w());
    } catch (err) {
      const m = this.model;
      this.model = null;
      if (m) await m.close().catch(() => undefined);
      this.scheduleReconnect(err as Error);
    } finally {
      this.connecting = false;
    }
  }

  private handleLoss(model: amqp.ChannelModel): void {
    if (this.model !== model) return;
    this.model = null;
    if (!this.stopped) this.scheduleReconnect(new Error('connection closed'));
  }

  private scheduleReconnect(err: Error): void {
    if (this.stopped || this.timer) return;
    const min = this.options.minBackoffMs ?? 200;
    const max = this.options.maxBackoffMs ?? 5_000;
    const delay = Math.min(max, min * 2 ** this.attempt++) * (0.8 + Math.random() * 0.4);
    this.log.warn({ err: err.message, retry_in_ms: Math.round(delay) }, 'amqp unavailable, reconnecting');
    this.timer = setTimeout(() => void this.connect(), delay);
  }
}
