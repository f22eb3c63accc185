import * as amqp from 'amqplib';
import { MessagingLogger, silentLogger } from '../ports';

export type SetupHook = (model: amqp.ChannelModel) => Promise<void>;

export interface SetupHookOptions {
  /** A failing required hook makes /health/ready report not ready (default true). */
  required?: boolean;
}

/** `pending`: not run on the current connection yet (or no connection); `failing`: retrying. */
export type SetupHookStatus = 'pending' | 'ok' | 'failing';

/** What readiness reports for one setup hook. */
export interface SetupHookState {
  name: string;
  required: boolean;
  status: SetupHookStatus;
  /** The error of the last failed run (kept after recovery, for the record). */
  lastError: string | null;
  /** When the hook entered its current status (ISO time). */
  since: string;
  /** Consecutive failed runs on the current connection. */
  failures: number;
}

interface RegisteredHook {
  readonly run: SetupHook;
  readonly state: SetupHookState;
  retry: NodeJS.Timeout | null;
}

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
 * Consumers and publishers register named setup hooks that run again after every reconnect. Hooks
 * run side by side and fail alone: a hook that throws is retried with its own backoff on the same
 * live connection, so one consumer's bad declaration does not tear down every other consumer.
 * `hookStates` tells readiness which hooks are failing.
 */
export class AmqpConnection {
  private model: amqp.ChannelModel | null = null;
  private readonly hooks: RegisteredHook[] = [];
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

  /** Every hook's state, in registration order (copies). */
  get hookStates(): SetupHookState[] {
    return this.hooks.map((h) => ({ ...h.state }));
  }

  /**
   * Registers a hook run on every (re)connect; runs at once if connected now, and then settles
   * with that first run (a failed one is retried on its own all the same). Unnamed hooks get
   * `hook-<n>`: pass a name so readiness can say which consumer or publisher is failing.
   */
  onConnect(hook: SetupHook): Promise<void>;
  onConnect(name: string, hook: SetupHook, options?: SetupHookOptions): Promise<void>;
  async onConnect(nameOrHook: string | SetupHook, maybeHook?: SetupHook, options: SetupHookOptions = {}): Promise<void> {
    const run = typeof nameOrHook === 'function' ? nameOrHook : maybeHook!;
    const wanted = typeof nameOrHook === 'string' ? nameOrHook : `hook-${this.hooks.length + 1}`;
    const taken = new Set(this.hooks.map((h) => h.state.name));
    let name = wanted;
    for (let i = 2; taken.has(name); i++) name = `${wanted}#${i}`;
    const hook: RegisteredHook = {
      run,
      retry: null,
      state: { name, required: options.required ?? true, status: 'pending', lastError: null, since: new Date().toISOString(), failures: 0 },
    };
    this.hooks.push(hook);
    if (this.model) await this.runHook(hook, this.model);
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
    this.resetHooks();
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
      this.attempt = 0;
      // A snapshot: a hook registered while these run sees `model` set and runs itself (once).
      // A failing hook retries on its own; the connection stays up for the others.
      await Promise.all([...this.hooks].map((hook) => this.runHook(hook, model).catch(() => undefined)));
      if (this.model !== model) return; // lost while the hooks ran: the reconnect runs them again
      this.log.info({ connection: this.options.name }, 'amqp connected');
      this.waiters.splice(0).forEach((w) => w());
    } catch (err) {
      const m = this.model;
      this.model = null;
      if (m) {
        this.resetHooks();
        await m.close().catch(() => undefined);
      }
      this.scheduleReconnect(err as Error);
    } finally {
      this.connecting = false;
    }
  }

  /** Runs one hook on `model`; on failure schedules its own retry while `model` is still current. */
  private async runHook(hook: RegisteredHook, model: amqp.ChannelModel): Promise<void> {
    if (hook.retry) clearTimeout(hook.retry);
    hook.retry = null;
    try {
      await hook.run(model);
      if (this.model !== model) return;
      hook.state.failures = 0;
      this.setStatus(hook, 'ok');
    } catch (err) {
      if (this.model !== model || this.stopped) throw err;
      const message = (err as Error).message;
      const failures = ++hook.state.failures;
      hook.state.lastError = message;
      this.setStatus(hook, 'failing');
      const delay = this.backoff(failures - 1);
      this.log.warn({ hook: hook.state.name, err: message, failures, retry_in_ms: Math.round(delay) }, 'amqp setup hook failed, retrying');
      hook.retry = setTimeout(() => {
        hook.retry = null;
        if (this.model === model) void this.runHook(hook, model).catch(() => undefined);
      }, delay);
      throw err;
    }
  }

  private setStatus(hook: RegisteredHook, status: SetupHookStatus): void {
    if (hook.state.status === status) return;
    hook.state.status = status;
    hook.state.since = new Date().toISOString();
  }

  /** No connection: every hook waits for the next one, with a fresh backoff. */
  private resetHooks(): void {
    for (const hook of this.hooks) {
      if (hook.retry) clearTimeout(hook.retry);
      hook.retry = null;
      hook.state.failures = 0;
      this.setStatus(hook, 'pending');
    }
  }

  private backoff(attempt: number): number {
    const min = this.options.minBackoffMs ?? 200;
    const max = this.options.maxBackoffMs ?? 5_000;
    return Math.min(max, min * 2 ** Math.min(attempt, 20)) * (0.8 + Math.random() * 0.4);
  }

  private handleLoss(model: amqp.ChannelModel): void {
    if (this.model !== model) return;
    this.model = null;
    this.resetHooks();
    if (!this.stopped) this.scheduleReconnect(new Error('connection closed'));
  }

  private scheduleReconnect(err: Error): void {
    if (this.stopped || this.timer) return;
    const delay = this.backoff(this.attempt++);
    this.log.warn({ err: err.message, retry_in_ms: Math.round(delay) }, 'amqp unavailable, reconnecting');
    this.timer = setTimeout(() => void this.connect(), delay);
  }
}
